// formatSlides: Slide[] → the Markdown files of `slides/`, one per slide, byte for byte the same for the same article.
import { stringify } from 'yaml';
import type { Article } from '../article/model.ts';
import { labelsFor } from './labels.ts';
import { markdownText, slideLink } from './markdown.ts';
import type { Slide } from './model.ts';
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
export function formatSlides(slides: readonly Slide[], article: Pick<Article, 'language' | 'direction'>): SlideFile[] {
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

function fields(slide: Slide, article: Pick<Article, 'language' | 'direction'>): Fields {
  const base: Fields = { id: slide.id, kind: slide.kind, title: slide.title };
  switch (slide.kind) {
    case 'title':
      // The title slide carries what the whole deck needs: its language and direction.
      return { ...base, ...optional({ kicker: slide.kicker, source: slide.source }), lang: article.language, dir: article.direction };
    case 'source':
      return { ...base, ...optional({ source: slide.source, articleId: slide.articleId }) };
    case 'agenda':
    case 'context':
    case 'cause':
    case 'point':
    case 'consequences':
    case 'section':
    case 'outlooks':
    case 'conclusion':
      return base;
  }
}

function body(slide: Slide, language: string): string[] {
  const heading = (level: '#' | '##' | '###', text: string): string => `${level} ${markdownText(text)}`;
  const list = (items: readonly string[]): string[] => (items.length === 0 ? [] : [items.map((item) => `- ${markdownText(item)}`).join('\n')]);
  switch (slide.kind) {
    case 'title':
      return [heading('#', slide.title), ...paragraphs(slide.source)];
    case 'agenda':
      return [heading('##', slide.title), slide.entries.map((e, i) => `${i + 1}. [${markdownText(e.label)}](${slideLink(e.target)})`).join('\n')];
    case 'context':
    case 'cause':
    case 'point':
    case 'consequences':
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
        ...paragraphs(slide.source, slide.articleTitle),
        ...(slide.articleId === undefined ? [] : [markdownText(`${labelsFor(language).articleId}: ${slide.articleId}`)]),
      ];
  }
}

function paragraphs(...texts: (string | undefined)[]): string[] {
  return texts.filter((text): text is string => text !== undefined && text !== '').map(markdownText);
}

function optional(values: Record<string, string | undefined>): Fields {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
