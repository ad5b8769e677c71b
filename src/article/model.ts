// The article as a reader sees its structure: title, intro, sections of items or paragraphs, conclusion, source.

export type Direction = 'rtl' | 'ltr';

/** One paragraph exactly as the author wrote it, with the line it starts on (1-based, in the article file). */
export interface Paragraph {
  text: string;
  line: number;
}

/** A numbered point in a section («1- …», «أولاً: …»). `text` has the marker removed; `paragraphs[0]` keeps it. */
export interface Item {
  number: number;
  text: string;
  /** The numbered paragraph first, then any paragraphs that follow it before the next item or heading. */
  paragraphs: Paragraph[];
}

export interface Section {
  heading: string;
  line: number;
  /** Paragraphs before the first item; for a section without items, all its paragraphs. */
  paragraphs: Paragraph[];
  items: Item[];
}

export interface Article {
  /** The title without its kicker. */
  title: string;
  /** The short label before the title's colon («اتجاه جديد»), when there is one. */
  kicker?: string;
  /** The title line as written, kicker included. */
  titleLine: Paragraph;
  /** A bare number under the title: the publisher's id for the article, not content. */
  id?: string;
  /** BCP 47 language tag guessed from the script («ar», «en», …). */
  language: string;
  direction: Direction;
  /** Paragraphs before the first heading. */
  intro: Paragraph[];
  sections: Section[];
  /** The closing paragraph(s): those opening with «خلاصة القول», «In conclusion», … or under a conclusion heading. */
  conclusion: Paragraph[];
  /** The last line, naming the institution or publication (`name`, without a «المصدر:» label). */
  source?: Paragraph & { name: string };
  /** Things that did not stop parsing but that the user may want to check. */
  warnings: string[];
}
