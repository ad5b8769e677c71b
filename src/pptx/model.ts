// A PowerPoint deck as shapes on slides, before any library writes it: what layout.ts makes and write.ts writes.
import type { Numerals } from '../text/numerals.ts';
import type { Block, Run } from './blocks.ts';

/** Inches on a 13.333 × 7.5 in (16:9) slide; `x` from the edge the deck reads from (the right, in Arabic). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Paragraph {
  runs: Run[];
  /** Points. */
  size: number;
  /** Hex, no '#'. */
  color: string;
  face: 'body' | 'heading';
  bold?: boolean;
  bullet?: 'dot' | 'number';
  /** Space after the paragraph, in points. */
  after?: number;
  /** Line height, as a multiple of the font's. */
  lineHeight?: number;
  align?: 'start' | 'center';
}

export interface TextShape {
  type: 'text';
  box: Box;
  paragraphs: Paragraph[];
  anchor?: 'top' | 'middle' | 'bottom';
  fill?: string;
  border?: string;
  /** Space between the box's edge and its text, in points. */
  inset?: number;
}

export type Shape =
  | TextShape
  | { type: 'rect'; box: Box; fill: string }
  | { type: 'image'; box: Box; data: string };

export interface PptSlide {
  id: string;
  /** Hex background colour. */
  background: string;
  shapes: Shape[];
  /** The speaker notes, as paragraphs; empty in an audience deck. */
  notes: string[];
  /** Seconds to present it: the slide's advance time. */
  seconds: number;
}

export interface PptDeck {
  title: string;
  /** The digits of the numbered lists: Arabic-Indic (٠–٩) or Latin. */
  numerals: Numerals;
  /** BCP 47, as the deck's title slide gives it. */
  lang: string;
  dir: 'rtl' | 'ltr';
  slides: PptSlide[];
}

/** The slide's size in inches (PowerPoint's 16:9 "widescreen"). */
export const SLIDE = { width: 13.333, height: 7.5 } as const;

/** The deck's colours, as in the theme (src/runtime/theme.css). */
export const COLOURS = {
  paper: 'FBFAF7',
  ink: '1B2433',
  navy: '13233A',
  band: '1D3150',
  accent: 'A8281F',
  gold: 'F2B84B',
  muted: '4A5568',
  onDark: 'FFFFFF',
  onDarkMuted: 'C9D3E0',
  panel: 'FFFFFF',
  rule: 'DCD7CC',
} as const;

export interface Faces {
  body: string;
  heading: string;
}

/**
 * The deck's faces, as in the HTML deck: PowerPoint draws with them when they are installed (`deck pptx`
 * writes them to out/fonts/). A Hebrew deck is set in IBM Plex Sans Hebrew, which Noto Kufi Arabic lacks.
 */
export function facesFor(lang: string): Faces {
  const hebrew = 'IBM Plex Sans Hebrew';
  return /^(?:he|yi)\b/iu.test(lang) ? { body: hebrew, heading: hebrew } : { body: 'IBM Plex Sans Arabic', heading: 'Noto Kufi Arabic' };
}

/** A paragraph of runs in the deck's type. */
export function para(runs: Run[], size: number, color: string, face: Paragraph['face'], more: Partial<Paragraph> = {}): Paragraph {
  return { runs, size, color, face, ...more };
}

/** A block as the paragraphs of a body at `size` points: each list item its own bulleted paragraph. */
export function paragraphsOf(block: Block, size: number): Paragraph[] {
  if (block.kind === 'list') return block.items.map((item) => para(item, size, COLOURS.ink, 'body', { bullet: block.ordered ? 'number' : 'dot', after: 12 }));
  if (block.kind === 'heading') return [para(block.runs, size + 3, COLOURS.navy, 'heading', { bold: true, after: 6 })];
  return [para(block.runs, size, COLOURS.ink, 'body', { after: 14 })];
}

/** Office's language tags name a region: «ar» is written ar-SA, «he» he-IL, «en» en-US. */
export function officeLanguage(tag: string): string {
  if (tag.includes('-')) return tag;
  return REGIONS[tag.toLowerCase()] ?? tag;
}

const REGIONS: Readonly<Record<string, string>> = {
  ar: 'ar-SA',
  he: 'he-IL',
  fa: 'fa-IR',
  ur: 'ur-PK',
  en: 'en-US',
  fr: 'fr-FR',
  de: 'de-DE',
  es: 'es-ES',
  tr: 'tr-TR',
};
