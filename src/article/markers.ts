// The written signals the parser reads: list markers, headings, conclusion openers.
import { comparable, words } from '../text/normalize.ts';
import { leadingPhrases } from '../text/loose.ts';

/** How a list is marked; a family is one level of a list («أولاً» sections may hold «١-» items). */
export type MarkerFamily = 'number' | 'ordinal' | 'roman' | 'letter' | 'bullet' | 'named';

export interface ItemMarker {
  family: MarkerFamily;
  /** The position the marker says («ثالثاً» → 3); 0 for a bullet. */
  number: number;
  /** The marker as written, separator included. */
  marker: string;
  /** The text after the marker. */
  text: string;
  /** The noun of a named marker: «السيناريو» of «السيناريو الأول:», "scenario" of "Scenario 2:". */
  noun?: string;
}

/** The list marker `line` starts with, or undefined. */
export function readItemMarker(line: string): ItemMarker | undefined {
  for (const read of READERS) {
    const marker = read(line);
    if (marker !== undefined && marker.text.trim() !== '') return marker;
  }
  return undefined;
}

/** «وأخيراً، …», "Finally, …": the last of a run of ordinal items, never the first. */
export function readFinalOrdinal(line: string): ItemMarker | undefined {
  const match = FINAL_ORDINAL.exec(line);
  if (match?.[0] === undefined) return undefined;
  return { family: 'ordinal', number: 0, marker: match[0].trim(), text: line.slice(match[0].length).trim() };
}

/** «المحور الأول», «المبحث الثاني», "Part 2": a named marker that names a part of the text, so a heading. */
export function namesPart(marker: ItemMarker): boolean {
  return marker.family === 'named' && marker.noun !== undefined && PART_NOUNS.has(comparable(marker.noun));
}

const PART_NOUNS = new Set(['المحور', 'المبحث', 'الفصل', 'القسم', 'الجزء', 'المطلب', 'الباب', 'part', 'section', 'chapter', 'pillar'].map(comparable));

/** A bare number on its own line: a publisher's id, never content. */
export function isBareNumber(line: string): boolean {
  return /^[0-9\u0660-\u0669\u06F0-\u06F9]+$/u.test(line);
}

/** A short line ending with a colon: «أسباب متعددة:». */
export function isColonHeading(line: string): boolean {
  return /[:\uFF1A]$/u.test(line) && words(line).length <= MAX_HEADING_WORDS && !isLeadSentence(line);
}

/** «… أبرزها ما يلي:», "… are as follows:": a sentence that announces a list, not a heading. */
export function isLeadSentence(line: string): boolean {
  return LEAD_SENTENCE.test(comparable(line));
}

/** A Markdown heading line: «## العوامل السياسية». */
export function isMarkdownHeading(line: string): boolean {
  return /^#{1,4}\s+\S/u.test(line);
}

/** A short line with no sentence punctuation at its end (a question mark allowed): a heading if prose follows. */
export function couldBeBareHeading(line: string): boolean {
  return !/[.!,\u060C;\u061B:\uFF1A\u2026"”»)\]]$/u.test(line) && words(line).length <= MAX_BARE_HEADING_WORDS;
}

/** The heading text without Markdown hashes or a trailing colon. */
export function headingText(line: string): string {
  return line.replace(/^#{1,4}\s+/u, '').replace(/\s*[:\uFF1A]$/u, '').trim();
}

/** «خلاصة القول، …», «وفي المحصلة …», «In conclusion, …». */
export function opensConclusion(paragraph: string): boolean {
  return CONCLUSION_OPENER.test(paragraph);
}

/** A heading that announces the conclusion: «خاتمة», «الخلاصة», «Conclusion». */
export function isConclusionHeading(heading: string): boolean {
  return CONCLUSION_HEADINGS.has(comparable(heading).replace(/[\s:：.?؟!]+$/u, ''));
}

// -- internal --

const MAX_HEADING_WORDS = 12;

const LEAD_SENTENCE =
  /(?:^|\s)(?:فيما يلي|في ما يلي|ما يلي|في الاتي|الاتي|كالتالي|كما يلي|التاليه|التالي|ابرزها|اهمها|منها|ومنها|نذكر|تتمثل|فتتمثل|يمكن|ويمكن)(?=$|[\s:：]).*[:：]$|\b(?:as follows|the following|include|includes|including|are|were)\s*:$/u;
const MAX_BARE_HEADING_WORDS = 10;

// A period needs a space after it, so that «1.5 مليون» is not read as item 1.
const DIGIT_MARKER = /^(\(?([0-9\u0660-\u0669\u06F0-\u06F9]{1,3})\s*(?:[-\u2013\u2014)\u066B:]\s*|[.\u06D4]\s+))(\S.*)$/u;
const ROMAN_MARKER = /^((X{0,3}(?:IX|IV|V?I{0,3}))\s*[.)\-\u2013\u2014:]\s+)(\S.*)$/u;
const LETTER_MARKER = /^(\(?([\u0623\u0627\u0628\u062C\u062F\u0647\u0648\u0632\u062D\u0637\u064A]|\u0647\u0640)\s*[-\u2013\u2014)]\s*|\(([a-hA-H])\)\s*|([a-h])\)\s+)(\S.*)$/u;
const BULLET_MARKER = /^([•●▪■◾◼◆◇▫◦‣⁃∙★☆➢►▶✓✔➤○□]\s*|[-*\u2013\u2014]\s+)(\S.*)$/u;

const ARABIC_ORDINALS = ['اولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا', 'سادسا', 'سابعا', 'ثامنا', 'تاسعا', 'عاشرا'];
const ENGLISH_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL_MARKER = new RegExp(
  `${leadingPhrases(ARABIC_ORDINALS, { prefixes: 'و' }).source}\\s*(?:[:\\uFF1A\\-\\u2013\\u2014\\u060C,.]\\s*|\\s+)(\\S.*)$`,
  'iu',
);
const ENGLISH_ORDINAL_MARKER = new RegExp(`^(${ENGLISH_ORDINALS.join('|')})\\s*[,:\\-\\u2013\\u2014]\\s*(\\S.*)$`, 'iu');
const FINAL_ORDINAL = new RegExp(`${leadingPhrases(['اخيرا', 'في الاخير'], { prefixes: 'و' }).source}\\s*[:\\uFF1A\\-\\u060C,]\\s*|^(?:finally|lastly)\\s*,\\s*`, 'iu');

const ORDINAL_ADJECTIVES = [
  ['الاول', 'الاولي'], ['الثاني', 'الثانيه'], ['الثالث', 'الثالثه'], ['الرابع', 'الرابعه'], ['الخامس', 'الخامسه'],
  ['السادس', 'السادسه'], ['السابع', 'السابعه'], ['الثامن', 'الثامنه'], ['التاسع', 'التاسعه'], ['العاشر', 'العاشره'],
];
const NAMED_ARABIC = /^((\S+)\s+(\S+)\s*(?:[:\uFF1A\-\u2013\u2014.\u060C]\s*|$))(.*)$/u;
const ENGLISH_NAMED = /^((scenario|option|recommendation|lesson|finding|pathway|path|pillar|priority|step|part|section|chapter)\s+([0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|[a-d])\s*(?:[:.\-\u2013\u2014]\s*|$))(.*)$/iu;
const ENGLISH_NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };
const ABJAD = '\u0623\u0628\u062C\u062F\u0647\u0648\u0632\u062D\u0637\u064A';

type Reader = (line: string) => ItemMarker | undefined;

const READERS: Reader[] = [
  (line) => {
    const m = DIGIT_MARKER.exec(line);
    return m?.[1] && m[2] && m[3] ? { family: 'number', number: parseDigits(m[2]), marker: m[1].trim(), text: m[3] } : undefined;
  },
  (line) => {
    const m = ORDINAL_MARKER.exec(line);
    if (!m?.[1] || m[2] === undefined) return undefined;
    const word = comparable(m[1]).replace(/^و(?=[اث-ع])/u, '').replace(/[^\p{L}]/gu, '');
    return { family: 'ordinal', number: ARABIC_ORDINALS.indexOf(word) + 1, marker: line.slice(0, line.length - m[2].length).trim(), text: m[2] };
  },
  (line) => {
    const m = ENGLISH_ORDINAL_MARKER.exec(line);
    if (!m?.[1] || m[2] === undefined) return undefined;
    return { family: 'ordinal', number: ENGLISH_ORDINALS.indexOf(m[1].toLowerCase()) + 1, marker: line.slice(0, line.length - m[2].length).trim(), text: m[2] };
  },
  (line) => {
    const m = ROMAN_MARKER.exec(line);
    return m?.[1] && m[2] && m[3] ? { family: 'roman', number: romanValue(m[2]), marker: m[1].trim(), text: m[3] } : undefined;
  },
  readNamed,
  (line) => {
    const m = LETTER_MARKER.exec(line);
    if (!m?.[1] || m[5] === undefined) return undefined;
    const letter = m[2] ?? m[3] ?? m[4] ?? '';
    const number = /[a-h]/iu.test(letter) ? letter.toLowerCase().charCodeAt(0) - 96 : ABJAD.indexOf(letter[0] === '\u0627' ? '\u0623' : (letter[0] ?? '')) + 1;
    return { family: 'letter', number, marker: m[1].trim(), text: m[5] };
  },
  (line) => {
    const m = BULLET_MARKER.exec(line);
    return m?.[1] && m[2] ? { family: 'bullet', number: 0, marker: m[1].trim(), text: m[2] } : undefined;
  },
];

/** «السيناريو الأول: …», «المحور الثاني», "Scenario 2: …". */
function readNamed(line: string): ItemMarker | undefined {
  const english = ENGLISH_NAMED.exec(line);
  if (english?.[1] && english[2] && english[3] && english[4] !== undefined) {
    const written = english[3].toLowerCase();
    const number = /^[0-9]+$/u.test(written) ? Number(written) : ENGLISH_NUMBER_WORDS.indexOf(written) + 1 || written.charCodeAt(0) - 96;
    return { family: 'named', number, marker: english[1].trim(), text: english[4] || english[1].trim(), noun: english[2].toLowerCase() };
  }
  const m = NAMED_ARABIC.exec(line);
  if (!m?.[1] || !m[2] || !m[3] || m[4] === undefined) return undefined;
  const noun = comparable(m[2]);
  const index = ORDINAL_ADJECTIVES.findIndex((forms) => forms.includes(comparable(m[3] ?? '').replace(/[^\p{L}]/gu, '')));
  if (!noun.startsWith('ال') || index === -1) return undefined;
  // A heading line of its own («المحور الأول») keeps its words as its text.
  return { family: 'named', number: index + 1, marker: m[1].trim(), text: m[4] || m[1].trim().replace(/[:\uFF1A\-\u2013\u2014.\u060C]$/u, ''), noun: m[2] };
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

function romanValue(numeral: string): number {
  let total = 0;
  [...numeral].forEach((ch, i) => {
    const value = ROMAN_VALUES[ch] ?? 0;
    const next = ROMAN_VALUES[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  });
  return total;
}

const CONCLUSION_OPENER = leadingPhrases(
  [
    'خلاصة القول', 'خلاصه الامر', 'ختاما', 'ختام القول', 'في الختام', 'في المحصلة', 'في المحصله النهائيه', 'في النهاية', 'اجمالا', 'نخلص الي', 'في الخلاصة',
    'in conclusion', 'to sum up', 'in sum', 'in summary', 'to conclude', 'all in all', 'in closing', 'taken together',
  ],
  { prefixes: 'وف' },
);

const CONCLUSION_HEADINGS = new Set(
  [
    'خاتمة', 'الخاتمة', 'خلاصة', 'الخلاصة', 'خلاصة القول', 'ختاما', 'في الختام', 'خلاصات', 'الخلاصات', 'ملاحظات ختامية', 'كلمة اخيرة',
    'بدلا من الخاتمة', 'الخلاصة والاستنتاجات', 'خلاصة واستنتاجات', 'استنتاج', 'الاستنتاج',
    'conclusion', 'conclusions', 'summary', 'in conclusion', 'concluding remarks', 'final thoughts', 'bottom line', 'the bottom line', 'looking ahead',
  ].map(comparable),
);
