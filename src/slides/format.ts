// formatSlides: Slide[] → the Markdown files of `slides/`, one per slide, byte for byte the same for the same article.
import { stringify } from 'yaml';
import type { Article } from '../article/model.ts';
import { labelsFor } from './labels.ts';
import { markdownText, slideLink } from './markdown.ts';
import type { Bullet, Byline, Slide } from './model.ts';
import { stampLine } from './stamp.ts';

export interface SlideFile {
  /** `NN-id.md`: the number orders the deck, the id names the slide. */
  name: string;
  content: string;
}

/**
 * Each file is front matter (`id`, `kind`, `title`, the kind's own fields, and the generator's stamp), the
 * slide's Markdown, then `Note:` and the speaker notes. Notes are the article's paragraphs as plain text,
 * unescaped, so they stay word for word what the author wrote.
 */
export function formatSlides(slides: readonly Slide[], article: Pick<Article, 'language' | 'direction' | 'numerals'>): SlideFile[] {
  const width = Math.max(2, String(slides.length).length);
  return slides.map((slide, index) => {
    const frontMatter = stringify(fields(slide, article), { lineWidth: 0 }).trimEnd();
    const rest = `---\n\n${body(slide, article.language).join('\n\n')}\n\nNote:\n\n${slide.notes.join('\n\n')}\n`;
    const unstamped = `---\n${frontMatter}\n${rest}`;
    return {
      name: `${String(index + 1).padStart(width, '0')}-${slide.id}.md`,
      content: `---\n${frontMatter}\n${stampLine(unstamped)}\n${rest}`,
    };
  });
}

// -- internal --

type Fields = Record<string, string>;

function fields(slide: Slide, article: Pick<Article, 'language' | 'direction' | 'numerals'>): Fields {
  const base: Fields = { id: slide.id, kind: slide.kind, title: slide.title };
  switch (slide.kind) {
    case 'title': {
      const { kicker, subtitle, author, publisher, date, presenter, logo } = slide;
      // The title slide carries what the whole deck needs: its language, direction and digits.
      const deck = { lang: article.language, dir: article.direction, numerals: article.numerals };
      return { ...base, ...optional({ kicker, subtitle, author, publisher, date, presenter, logo }), ...deck };
    }
    case 'source':
      return { ...base, ...optional({ author: slide.author, publisher: slide.publisher, date: slide.date, articleId: slide.articleId }) };
    case 'divider':
      return { ...base, group: slide.group };
    case 'agenda':
    case 'context':
    case 'cause':
    case 'consequences':
    case 'scenario':
    case 'recommendation':
    case 'lesson':
    case 'finding':
    case 'point':
    case 'section':
    case 'outlooks':
    case 'conclusion':
      return base;
  }
}

function body(slide: Slide, language: string): string[] {
  const heading = (level: '#' | '##' | '###', text: string): string => `${level} ${markdownText(text)}`;
  switch (slide.kind) {
    case 'title':
      return [heading('#', slide.title), ...paragraphs(slide.subtitle), ...byline(slide)];
    case 'agenda':
      return [heading('##', slide.title), numbered(slide.entries.map((e) => `[${markdownText(e.label)}](${slideLink(e.target)})`))];
    case 'divider':
      return [heading('##', slide.title), ...paragraphs(slide.lead), ...(slide.points.length === 0 ? [] : [numbered(slide.points.map(markdownText))])];
    case 'context':
    case 'cause':
    case 'consequences':
    case 'scenario':
    case 'recommendation':
    case 'lesson':
    case 'finding':
    case 'point':
    case 'section':
      return [heading('##', slide.title), ...list(slide.bullets)];
    case 'outlooks':
      return [
        heading('##', slide.title),
        ...paragraphs(slide.lead),
        ...slide.views.flatMap((view) => [heading('###', view.label), markdownText(view.claim)]),
      ];
    case 'conclusion':
      return [heading('##', slide.title), ...paragraphs(slide.lead), ...list(slide.bullets)];
    case 'source':
      return [
        heading('##', slide.title),
        ...paragraphs(slide.publisher, slide.author, slide.date),
        ...(slide.articleId === undefined ? [] : [markdownText(`${labelsFor(language).articleId}: ${slide.articleId}`)]),
      ];
  }
}

/** A bullet list; a bullet's lead phrase in bold before its text. */
function list(bullets: readonly Bullet[]): string[] {
  if (bullets.length === 0) return [];
  return [bullets.map((b) => `- ${b.lead === undefined ? '' : `**${markdownText(b.lead)}**: `}${markdownText(b.text)}`).join('\n')];
}

function numbered(items: readonly string[]): string {
  return items.map((item, i) => `${i + 1}. ${item}`).join('\n');
}

/** The title slide's byline: who wrote it and where (who presents it and when are the cover's own line, from its fields). */
function byline(slide: Byline & { presenter?: string }): string[] {
  const parts = [slide.author, slide.publisher].filter((part): part is string => part !== undefined && part !== '');
  return parts.length === 0 ? [] : [parts.map(markdownText).join(' · ')];
}

function paragraphs(...texts: (string | undefined)[]): string[] {
  return texts.filter((text): text is string => text !== undefined && text !== '').map(markdownText);
}

function optional(values: Record<string, string | undefined>): Fields {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
