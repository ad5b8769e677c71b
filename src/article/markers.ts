// The written signals the parser reads: numbered-item markers, headings, conclusion openers, a source line.
import { comparable, words } from '../text/normalize.ts';
import { leadingPhrases } from '../text/loose.ts';

export interface ItemMarker {
  number: number;
  /** The text after the marker. */
  text: string;
}

/** «1- », «1. », «1) », «١- », «أولاً: », «First: » … at the start of a line, or undefined. */
export function readItemMarker(line: string): ItemMarker | undefined {
  const digits = DIGIT_MARKER.exec(line);
  if (digits?.[1] !== undefined && digits[2] !== undefined) {
    return { number: parseDigits(digits[1]), text: digits[2] };
  }
  const ordinal = ORDINAL_MARKER.exec(line);
  if (ordinal?.[1] !== undefined && ordinal[2] !== undefined) {
    return { number: ordinalNumber(ordinal[1]), text: ordinal[2] };
  }
  return undefined;
}

/** A bare number on its own line: a publisher's id, never content. */
export function isBareNumber(line: string): boolean {
  return /^[0-9\u0660-\u0669\u06F0-\u06F9]+$/u.test(line);
}

/** A short line ending with a colon: «أسباب متعددة:». */
export function isColonHeading(line: string): boolean {
  return /[:\uFF1A]$/u.test(line) && words(line).length <= MAX_HEADING_WORDS;
}

/** A short line with no sentence punctuation at its end: a heading if paragraphs follow it. */
export function couldBeBareHeading(line: string): boolean {
  return !/[.!?\u061F\u06D4,\u060C;\u061B\u2026"”»)]$/u.test(line) && words(line).length <= MAX_BARE_HEADING_WORDS;
}

/** The heading text without its trailing colon. */
export function headingText(line: string): string {
  return line.replace(/\s*[:\uFF1A]$/u, '');
}

/** «خلاصة القول، …», «وفي المحصلة …», «In conclusion, …». */
export function opensConclusion(paragraph: string): boolean {
  return CONCLUSION_OPENER.test(paragraph);
}

/** A heading that announces the conclusion: «خاتمة», «الخلاصة», «Conclusion». */
export function isConclusionHeading(heading: string): boolean {
  return CONCLUSION_HEADINGS.has(comparable(heading));
}

/** A last line that names an institution rather than ending a sentence. */
export function couldBeSourceLine(line: string): boolean {
  return words(line).length <= MAX_SOURCE_WORDS && !/[.!?\u061F:\uFF1A]$/u.test(line) && readItemMarker(line) === undefined;
}

/** The institution's name, without a «المصدر:» or «Source:» label. */
export function sourceName(line: string): string {
  return line.replace(SOURCE_LABEL, '').trim();
}

// -- internal --

const MAX_HEADING_WORDS = 10;
const MAX_BARE_HEADING_WORDS = 8;
const MAX_SOURCE_WORDS = 12;

// A period needs a space after it, so that «1.5 مليون» is not read as item 1.
const DIGIT_MARKER = /^\(?([0-9\u0660-\u0669\u06F0-\u06F9]{1,3})\s*(?:[-\u2013\u2014)\u066B]\s*|[.\u06D4]\s+)(\S.*)$/u;

const ARABIC_ORDINALS = ['اولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا', 'سادسا', 'سابعا', 'ثامنا', 'تاسعا', 'عاشرا'];
const ENGLISH_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL_MARKER = new RegExp(
  `${leadingPhrases([...ARABIC_ORDINALS, ...ENGLISH_ORDINALS]).source}\\s*[:\\uFF1A\\-\\u2013\\u2014]\\s*(\\S.*)$`,
  'iu',
);

function ordinalNumber(written: string): number {
  const word = comparable(written).replace(/[^\p{L}]/gu, '');
  const index = Math.max(ARABIC_ORDINALS.indexOf(word), ENGLISH_ORDINALS.indexOf(word));
  return index + 1;
}

function parseDigits(written: string): number {
  const western = [...written].map((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
    if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
    return ch;
  });
  return Number.parseInt(western.join(''), 10);
}

const CONCLUSION_OPENER = leadingPhrases(
  ['خلاصة القول', 'ختاما', 'في الختام', 'في المحصلة', 'في النهاية', 'اجمالا', 'in conclusion', 'to sum up', 'in sum', 'in summary', 'to conclude', 'all in all'],
  { prefixes: 'وف' },
);

const CONCLUSION_HEADINGS = new Set(
  ['خاتمة', 'الخاتمة', 'خلاصة', 'الخلاصة', 'خلاصة القول', 'conclusion', 'conclusions', 'summary', 'in conclusion'].map(comparable),
);

const SOURCE_LABEL = /^(?:المصدر|source)\s*[:\uFF1A]\s*/iu;
