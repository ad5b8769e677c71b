// The front and the back of an article: the title with what surrounds it, and what follows the text.
import { comparable, words } from '../text/normalize.ts';
import { asideKind, isBackMatterHeading, isCopyright } from './asides.ts';
import {
  bylineName,
  copyrightHolder,
  datelinePieces,
  isAffiliationLine,
  isCategoryLine,
  isDateLine,
  isLatinLine,
  isPublisherLine,
  isSourceLabelLine,
  publisherName,
} from './front-lines.ts';
import { isBareNumber, readItemMarker } from './markers.ts';
import type { Direction, Front, Paragraph } from './model.ts';

/** The most words a title line may have; a longer first line is the text itself. */
export const MAX_TITLE_WORDS = 16;

/** Reads the front of `lines` (which it shortens to the body). `title` is '' when none was found. */
export function readFront(lines: Paragraph[], direction: Direction): Front {
  const front: Front = { title: '', titleGuessed: true, lines: [] };
  let titleLine: Paragraph | undefined;
  let inMenu = false;
  while (lines[0] !== undefined) {
    const line = lines[0];
    inMenu = titleLine === undefined && isMenuLine(line) && (inMenu || isMenuStart(lines));
    const fact = inMenu ? { kind: 'other' as const } : titleLine === undefined && isCategoryAbove(lines, direction) ? category(line.text) : frontFact(line.text, titleLine !== undefined, direction);
    if (titleLine === undefined && isTitleLine(line.text) && (fact === undefined || (fact.kind === 'publisher' && !titleFollows(lines, direction)))) {
      Object.assign(front, splitTitle(line.text), { titleGuessed: false });
      titleLine = line;
    } else if (fact !== undefined) {
      record(front, fact, titleLine !== undefined);
    } else if (titleLine === undefined || comparable(line.text) !== comparable(titleLine.text)) {
      break;
    }
    front.lines.push(line);
    lines.shift();
  }
  return front;
}

/** Takes the back of the article off the end of `lines`: references, labels, a source line. */
export function readBack(lines: Paragraph[], front: Front): { back: Paragraph[]; cut: Paragraph | undefined } {
  const back: Paragraph[] = [];
  const apparatus = lines.findIndex((line, index) => index > 0 && isBackMatterHeading(line.text) && (index >= lines.length / 2 || lines.slice(index + 1).every((l) => isApparatus(l.text))));
  if (apparatus !== -1) back.unshift(...lines.splice(apparatus));
  while (lines.length > 1) {
    const last = lines.at(-1);
    if (last === undefined || !readBackLine(last)) break;
    back.unshift(last);
    lines.pop();
  }
  const named = back.find((line) => isSourceLabelLine(line.text) || isPublisherLine(line.text));
  if (named !== undefined) front.publisher = publisherName(named.text);
  for (const line of back) {
    const holder = isCopyright(line.text) ? copyrightHolder(line.text) : undefined;
    if (holder !== undefined) front.publisher ??= holder;
  }
  const last = lines.at(-1);
  return { back, cut: last !== undefined && looksCut(last.text) ? last : undefined };
}

// -- internal --

/** A title: a short line that is not a sentence, a list item or a lead ending in a colon. */
function isTitleLine(text: string): boolean {
  const count = words(text).length;
  if (count === 0 || count > MAX_TITLE_WORDS || /[:\uFF1A]$/u.test(text) || readItemMarker(text) !== undefined) return false;
  if (asideKind(text) !== undefined || isBareNumber(text)) return false;
  return !/[.\u06D4]$/u.test(text) || count <= 8;
}

type FrontFact =
  | { kind: 'dateline'; date?: string; agency?: string; author?: string }
  | { kind: 'byline'; author: string }
  | { kind: 'date'; date: string }
  | { kind: 'id'; id: string }
  | { kind: 'category'; label: string }
  | { kind: 'publisher'; name: string }
  | { kind: 'several'; facts: FrontFact[] }
  | { kind: 'other' };

/** What a line of the front says, or undefined when it is not a front line (the title, or the body). */
function frontFact(text: string, titleFound: boolean, direction: Direction): FrontFact | undefined {
  if (asideKind(text) === 'navigation') return { kind: 'other' };
  const several = severalFacts(text, titleFound, direction);
  if (several !== undefined) return several;
  const dateline = datelinePieces(text);
  if (dateline !== undefined) return { kind: 'dateline', ...dateline };
  const author = bylineName(text);
  if (author !== undefined) return { kind: 'byline', author };
  if (isDateLine(text)) return { kind: 'date', date: text.replace(/^[^:：]{1,20}[:：]\s*/u, '') };
  if (isBareNumber(text)) return { kind: 'id', id: text };
  if (isCategoryLine(text)) return category(text);
  if (isPublisherLine(text) || (!titleFound && isSourceLabelLine(text))) return { kind: 'publisher', name: publisherName(text) };
  if (titleFound && direction === 'rtl' && isLatinLine(text) && words(text).length <= MAX_TITLE_WORDS) return { kind: 'other' };
  if (titleFound && isAffiliationLine(text)) return { kind: 'other' };
  return asideKind(text) === undefined ? undefined : { kind: 'other' };
}

function record(front: Front, fact: FrontFact, titleFound: boolean): void {
  switch (fact.kind) {
    case 'dateline':
      if (fact.date !== undefined && fact.date !== '') front.date ??= fact.date;
      if (fact.agency !== undefined) front.publisher ??= fact.agency;
      if (fact.author !== undefined) front.author ??= fact.author;
      return;
    case 'byline':
      front.author ??= fact.author;
      return;
    case 'date':
      front.date ??= fact.date;
      return;
    case 'id':
      front.id ??= fact.id;
      return;
    case 'category':
      if (!titleFound) front.kicker ??= fact.label;
      return;
    case 'publisher':
      front.publisher ??= fact.name;
      return;
    case 'several':
      for (const each of fact.facts) record(front, each, titleFound);
      return;
    case 'other':
      return;
  }
}

/** «د. مريم الساعدي | 12 مارس 2024»: a line of front pieces side by side. */
function severalFacts(text: string, titleFound: boolean, direction: Direction): FrontFact | undefined {
  const pieces = text.split(/\s+[|\u00B7\u2022]\s+|\s+[-\u2013\u2014]\s+/u).filter((piece) => piece.trim() !== '');
  if (pieces.length < 2) return undefined;
  const facts = pieces.map((piece) => frontFact(piece, titleFound, direction));
  return facts.every((fact) => fact !== undefined) ? { kind: 'several', facts: facts as FrontFact[] } : undefined;
}

/** One entry of a site's menu at the top of a copied page. */
function isMenuLine(line: Paragraph | undefined): boolean {
  return line !== undefined && words(line.text).length <= 2 && !/[.!?؟:،,]$/u.test(line.text) && !isBareNumber(line.text);
}

/** Three different menu entries in a row (a title repeated under itself is not a menu). */
function isMenuStart(lines: readonly Paragraph[]): boolean {
  const three = lines.slice(0, 3);
  return three.length === 3 && three.every(isMenuLine) && new Set(three.map((line) => comparable(line.text))).size === 3;
}

/**
 * «تقارير وندوات» above «الطاقة المتجددة في شمال أفريقيا: …»: a short label line over the real title, which a
 * byline or a date follows. A category the list does not know is still a category here.
 */
function isCategoryAbove(lines: readonly Paragraph[], direction: Direction): boolean {
  const [label, title, after] = lines;
  if (label === undefined || title === undefined || words(label.text).length > 3 || !isTitleLine(label.text)) return false;
  if (frontFact(label.text, false, direction) !== undefined) return false;
  if (!isTitleLine(title.text) || frontFact(title.text, false, direction) !== undefined || words(title.text).length <= words(label.text).length) return false;
  if (after === undefined || /[.!]$/u.test(title.text)) return false;
  return frontFact(after.text, true, direction) !== undefined;
}

function category(text: string): FrontFact {
  return { kind: 'category', label: text.replace(/[\s:：|\-–—]+$/u, '') };
}

/** A publisher-like line is the title unless a title line follows it among the next few front lines. */
function titleFollows(lines: readonly Paragraph[], direction: Direction): boolean {
  for (const line of lines.slice(1, 5)) {
    const fact = frontFact(line.text, false, direction);
    if (fact === undefined) return isTitleLine(line.text);
  }
  return false;
}

/** «اتجاه جديد: أسباب …» → kicker and title; «العنوان .. العنوان الفرعي» → title and subtitle. */
function splitTitle(line: string): Pick<Front, 'title' | 'kicker' | 'subtitle'> {
  const kicker = /^([^:\uFF1A]+?)\s*[:\uFF1A]\s*(\S.*)$/u.exec(line);
  const hasKicker = kicker?.[1] !== undefined && kicker[2] !== undefined && words(kicker[1]).length <= MAX_KICKER_WORDS;
  const rest = hasKicker ? (kicker?.[2] ?? line) : line;
  const sub = /^(.+?)\s*(?:\.{2,}|…)\s*(\S.*)$|^(.+?)\s+[-\u2013\u2014]\s+(\S.*)$|^(.+?\p{L})\u2014(\p{L}.*)$/u.exec(rest);
  const title = sub?.[1] ?? sub?.[3] ?? sub?.[5];
  const subtitle = sub?.[2] ?? sub?.[4] ?? sub?.[6];
  const split = title !== undefined && subtitle !== undefined && words(title).length >= 2 && words(subtitle).length >= 2;
  return {
    title: split ? title.trim() : rest,
    ...(hasKicker && kicker?.[1] !== undefined ? { kicker: kicker[1] } : {}),
    ...(split ? { subtitle: subtitle.trim() } : {}),
  };
}

const MAX_KICKER_WORDS = 4;

/** A line after the text: a label, a reference, a copyright, an author's bio, or the source. */
function readBackLine(line: Paragraph): boolean {
  const { text } = line;
  if (asideKind(text) !== undefined || isCopyright(text)) return true;
  if (isSourceLabelLine(text) || isPublisherLine(text)) return true;
  // «* الكاتب باحث في …»: a note on the author, marked with an asterisk.
  return /^\*\s*\S/u.test(text) && words(text).length <= 60;
}

/** A line that can follow a references heading: a reference, a label, a source line, something short. */
function isApparatus(text: string): boolean {
  return asideKind(text) !== undefined || isCopyright(text) || isSourceLabelLine(text) || words(text).length <= 25;
}

/** The last line stops mid-sentence: no closing punctuation after a long line, or a word that needs more. */
function looksCut(text: string): boolean {
  if (/[.!?\u061F\u06D4\u2026"”»)\]'’]$/u.test(text)) return false;
  const last = comparable(words(text).at(-1) ?? '');
  return words(text).length >= 8 || DANGLING.has(last);
}

const DANGLING = new Set(
  ['في', 'من', 'الي', 'علي', 'عن', 'مع', 'ان', 'او', 'و', 'ثم', 'التي', 'الذي', 'الذين', 'بين', 'حتي', 'the', 'of', 'to', 'and', 'in', 'a', 'an', 'that'].map(comparable),
);
