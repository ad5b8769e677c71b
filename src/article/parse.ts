// parseArticle: plain article text → Article, the stage every slide is planned from.
import { ArticleError } from '../errors.ts';
import { comparable, words } from '../text/normalize.ts';
import { textLines } from './lines.ts';
import {
  couldBeBareHeading,
  couldBeSourceLine,
  headingText,
  isBareNumber,
  isColonHeading,
  isConclusionHeading,
  opensConclusion,
  readItemMarker,
  sourceName,
} from './markers.ts';
import type { Article, Item, Paragraph, Section } from './model.ts';
import { detectScript } from './script.ts';

export interface ParseOptions {
  /** The file name to put in error messages. */
  file?: string;
}

export function parseArticle(text: string, options: ParseOptions = {}): Article {
  const lines = textLines(text);
  const titleLine = lines.shift();
  if (titleLine === undefined) {
    throw new ArticleError('article-empty', 'the article is empty', {
      ...(options.file === undefined ? {} : { file: options.file }),
      hint: 'Paste the article text into the file and save it as UTF-8.',
    });
  }
  const warnings: string[] = [];
  const id = readHead(lines, titleLine);
  const source = readSource(lines);
  const body = readBody(lines, warnings);
  const { sections, conclusion } = separateConclusion(body.sections);
  return {
    ...splitKicker(titleLine.text),
    titleLine,
    ...(id === undefined ? {} : { id }),
    ...detectScript(text),
    intro: body.intro,
    sections,
    conclusion: [...conclusionOf(body.intro, sections), ...conclusion],
    ...(source === undefined ? {} : { source }),
    warnings,
  };
}

// -- internal --

type Block =
  | { kind: 'heading'; line: Paragraph }
  | { kind: 'item'; line: Paragraph; number: number; text: string }
  | { kind: 'paragraph'; line: Paragraph };

/** Drops title repeats and takes the id from a bare number line under the title. */
function readHead(lines: Paragraph[], titleLine: Paragraph): string | undefined {
  const title = comparable(titleLine.text);
  let id: string | undefined;
  while (lines[0] !== undefined) {
    const line = lines[0];
    if (comparable(line.text) === title) lines.shift();
    else if (isBareNumber(line.text) && id === undefined) id = lines.shift()?.text;
    else break;
  }
  return id;
}

function readSource(lines: Paragraph[]): (Paragraph & { name: string }) | undefined {
  const last = lines.at(-1);
  if (last === undefined || lines.length < 2 || !couldBeSourceLine(last.text)) return undefined;
  lines.pop();
  return { ...last, name: sourceName(last.text) };
}

function readBody(lines: Paragraph[], warnings: string[]): { intro: Paragraph[]; sections: Section[] } {
  const intro: Paragraph[] = [];
  const sections: Section[] = [];
  for (const block of classify(lines, warnings)) {
    const section = sections.at(-1);
    if (block.kind === 'heading') {
      sections.push({ heading: headingText(block.line.text), line: block.line.line, paragraphs: [], items: [] });
    } else if (block.kind === 'item') {
      const item: Item = { number: block.number, text: block.text, paragraphs: [block.line] };
      if (section === undefined) sections.push({ heading: '', line: block.line.line, paragraphs: [], items: [item] });
      else section.items.push(item);
    } else if (section === undefined) {
      intro.push(block.line);
    } else {
      (section.items.at(-1)?.paragraphs ?? section.paragraphs).push(block.line);
    }
  }
  return { intro, sections };
}

function classify(lines: Paragraph[], warnings: string[]): Block[] {
  const blocks: Block[] = [];
  lines.forEach((line, index) => {
    const marker = readItemMarker(line.text);
    if (marker !== undefined) blocks.push({ kind: 'item', line, ...marker });
    else if (isBareNumber(line.text)) warnings.push(`line ${line.line}: a line holding only the number ${line.text} was left out`);
    else if (isColonHeading(line.text) || isBareHeading(line, lines[index + 1])) blocks.push({ kind: 'heading', line });
    else blocks.push({ kind: 'paragraph', line });
  });
  return blocks;
}

/** A short unpunctuated line counts as a heading only when a real paragraph or an item follows it. */
function isBareHeading(line: Paragraph, next: Paragraph | undefined): boolean {
  if (next === undefined || !couldBeBareHeading(line.text)) return false;
  return readItemMarker(next.text) !== undefined || words(next.text).length > words(line.text).length * 2;
}

function splitKicker(titleText: string): { title: string; kicker?: string } {
  const match = /^([^:\uFF1A]+?)\s*[:\uFF1A]\s*(\S.*)$/u.exec(titleText);
  const kicker = match?.[1];
  const title = match?.[2];
  if (kicker === undefined || title === undefined || words(kicker).length > MAX_KICKER_WORDS) return { title: titleText };
  return { title, kicker };
}

const MAX_KICKER_WORDS = 4;

/** Sections under a conclusion heading become the conclusion; so do paragraphs from a conclusion opener on. */
function separateConclusion(all: Section[]): { sections: Section[]; conclusion: Paragraph[] } {
  const conclusion: Paragraph[] = [];
  const sections = all.filter((section) => {
    if (!isConclusionHeading(section.heading) || section.items.length > 0) return true;
    conclusion.push(...section.paragraphs);
    return false;
  });
  return { sections, conclusion };
}

/** Moves paragraphs from the first conclusion opener on out of `intro` or the sections, and returns them. */
function conclusionOf(intro: Paragraph[], sections: Section[]): Paragraph[] {
  // The article's lead and an item's own numbered line stay where they are, whatever word they open with.
  const lists: [Paragraph[], number][] = [
    [intro, 1],
    ...sections.flatMap((s): [Paragraph[], number][] => [[s.paragraphs, 0], ...s.items.map((i): [Paragraph[], number] => [i.paragraphs, 1])]),
  ];
  for (const [list, from] of lists) {
    const start = list.findIndex((p, index) => index >= from && opensConclusion(p.text));
    if (start !== -1) return list.splice(start);
  }
  return [];
}
