// The article as a reader sees its structure: its front (title, byline, publisher), its sections and items, its back.
import type { Numerals } from '../text/numerals.ts';
import type { QualityWarning } from '../warnings.ts';

export type Direction = 'rtl' | 'ltr';

export type { Numerals } from '../text/numerals.ts';

/** One line of the article exactly as the author wrote it, with its 1-based line number in the file. */
export interface Paragraph {
  text: string;
  line: number;
  /** Set on lines that are not the article's prose (navigation, a caption, a footnote): notes only, never a slide. */
  aside?: AsideKind;
}

export type AsideKind = 'navigation' | 'caption' | 'contents' | 'reference' | 'label' | 'heading';

/** What the top of the article says about it. */
export interface Front {
  /** The title without its kicker and subtitle. */
  title: string;
  /** The title was not found as a line of its own and was made from the text: the user should check it. */
  titleGuessed: boolean;
  /** A short label before the title's colon, or a category line above the title («تقدير موقف»). */
  kicker?: string;
  /** What follows « .. » or « - » in the title line. */
  subtitle?: string;
  /** The byline's name(s), without «بقلم» or «By». */
  author?: string;
  /** The institution or publication the text names (a header, an agency, a «المصدر:» line). */
  publisher?: string;
  /** The date the text gives for the article, as written. */
  date?: string;
  /** A bare number near the title: the publisher's id for the article. */
  id?: string;
  /** Every line of the front as written, in order (title line, bylines, header lines …), for the speaker. */
  lines: Paragraph[];
}

/** A point of a list: numbered, ordinal («أولاً:»), a label bullet («•»), or «السيناريو الأول:». */
export interface Item {
  /** 1-based position in its list. */
  number: number;
  /** The marker as written: «1-», «أولاً:», «•», «السيناريو الأول:». */
  marker: string;
  /** The noun of a named marker («السيناريو» of «السيناريو الأول»), which says what the items are. */
  noun?: string;
  /** The text after the marker. */
  text: string;
  /** The item's own line first, then the paragraphs that follow it before the next item or heading. */
  paragraphs: Paragraph[];
  /** Points listed under the item (a second-level list that does not make the item a section). */
  children: Item[];
}

export interface Section {
  /** The heading without marker or colon; '' when the section is only a lead sentence and its items. */
  heading: string;
  /** The line the section starts on. */
  line: number;
  /** The heading line(s) as written, for the speaker; empty for a section without a heading. */
  headingLines: Paragraph[];
  /** A lead written on the heading's own line after its colon («أولاً: العوامل السياسية: تتقاطع …»). */
  lead?: string;
  /** Paragraphs before the first item; for a section without items, all its paragraphs. */
  paragraphs: Paragraph[];
  items: Item[];
  /** The sentence that announced the section's list («… أبرزها ما يلي:»), when one did. */
  announcement?: string;
  /** The words that say what the section is about: its heading, the heading it sits under, its items' nouns. */
  cue: string;
}

export interface Article {
  front: Front;
  /** BCP 47 language tag guessed from the script («ar», «en», …). */
  language: string;
  direction: Direction;
  /** The digits the article writes most: Arabic-Indic («٣٤») or Western («34»). */
  numerals: Numerals;
  /** Paragraphs before the first section. */
  intro: Paragraph[];
  sections: Section[];
  /** The closing paragraph(s): those opening with «خلاصة القول», «In conclusion», … or under a conclusion heading. */
  conclusion: Paragraph[];
  /** The lines after the text: a source line, references, a copyright line, an author's bio. */
  back: Paragraph[];
  /** The text stops mid-sentence: it was probably copied incompletely. */
  cut: boolean;
  /** Things that did not stop parsing but that the user may want to check. */
  warnings: QualityWarning[];
}
