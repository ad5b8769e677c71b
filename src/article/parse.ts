// parseArticle: plain article text → Article, the stage every slide is planned from.
import { ArticleError } from '../errors.ts';
import { asideKind } from './asides.ts';
import { type QualityWarning, warning } from '../warnings.ts';
import { readBack, readFront } from './front.ts';
import { textLines } from './lines.ts';
import { isConclusionHeading, opensConclusion } from './markers.ts';
import type { Article, Paragraph, Section } from './model.ts';
import { detectNumerals, detectScript } from './script.ts';
import { outlineBody } from './structure.ts';

export interface ParseOptions {
  /** The file name to put in error messages. */
  file?: string;
}

export function parseArticle(text: string, options: ParseOptions = {}): Article {
  const lines = textLines(text);
  if (!lines.some((line) => /[\p{L}\p{N}]/u.test(line.text))) {
    throw new ArticleError('article-empty', 'the article is empty', {
      ...(options.file === undefined ? {} : { file: options.file }),
      hint: 'Paste the article text into the file and save it as UTF-8.',
    });
  }
  const script = detectScript(text);
  const front = readFront(lines, script.direction);
  const { back, cut } = readBack(lines, front);
  const body = outlineBody(lines);
  const { sections, conclusion } = separateConclusion(body.sections);
  const closing = [...conclusionOf(body.intro, sections), ...conclusion];
  const article: Article = { front, ...script, numerals: detectNumerals(text), intro: body.intro, sections, conclusion: closing, back, cut: cut !== undefined, warnings: [] };
  return { ...article, warnings: parseWarnings(article, cut) };
}

// -- internal --

function parseWarnings(article: Article, cut: Paragraph | undefined): QualityWarning[] {
  const warnings: QualityWarning[] = [];
  if (cut !== undefined) {
    warnings.push(warning('article-cut', 'the article stops mid-sentence: it may have been copied incompletely; check the end of the file', cut.line));
  }
  const frontAsides = article.front.lines.filter((p) => asideKind(p.text) !== undefined);
  const asides = [...frontAsides, ...allParagraphs(article).filter((p) => p.aside !== undefined && p.aside !== 'heading')];
  if (asides.length > 0) {
    const lines = asides.map((p) => p.line).join(', ');
    warnings.push(warning('lines-left-out', `${asides.length} line(s) that are not the article's text (navigation, captions, references …) are in the notes only: lines ${lines}`));
  }
  return warnings;
}

function allParagraphs(article: Article): Paragraph[] {
  const items = article.sections.flatMap((s) => s.items.flatMap((item) => [item, ...item.children]));
  return [...article.intro, ...article.sections.flatMap((s) => s.paragraphs), ...items.flatMap((item) => item.paragraphs), ...article.conclusion];
}

/** Sections under a conclusion heading become the conclusion. */
function separateConclusion(all: Section[]): { sections: Section[]; conclusion: Paragraph[] } {
  const conclusion: Paragraph[] = [];
  const sections = all.filter((section) => {
    if (!isConclusionHeading(section.heading) || section.items.length > 0) return true;
    conclusion.push(...section.headingLines.map((line): Paragraph => ({ ...line, aside: 'heading' })), ...section.paragraphs);
    return false;
  });
  return { sections, conclusion };
}

/** Moves paragraphs from the first conclusion opener on out of `intro` or the sections, and returns them. */
function conclusionOf(intro: Paragraph[], sections: Section[]): Paragraph[] {
  // The article's lead and an item's own line stay where they are, whatever word they open with.
  const lists: [Paragraph[], number][] = [
    [intro, 1],
    ...sections.flatMap((s): [Paragraph[], number][] => [
      [s.paragraphs, 0],
      ...s.items.flatMap((i) => [i, ...i.children]).map((i): [Paragraph[], number] => [i.paragraphs, 1]),
    ]),
  ];
  for (const [list, from] of lists) {
    const start = list.findIndex((p, index) => index >= from && p.aside === undefined && opensConclusion(p.text));
    if (start !== -1) return list.splice(start);
  }
  return [];
}
