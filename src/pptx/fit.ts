// Text that fits its box when the file is opened. PowerPoint shrinks an overfull box ("shrink text on
// overflow") only once someone edits it; until then the text runs out of its box. So the layout estimates
// each box's lines from its text and sets the type smaller itself where it would not fit.
import { textOf } from './blocks.ts';
import type { Box, Paragraph } from './model.ts';

/**
 * The average advance of a character, in ems, measured on the deck's faces (IBM Plex Sans Arabic and
 * Noto Kufi Arabic bold, Arabic and Latin text alike), with a margin for lines that break early.
 */
const ADVANCE = { body: 0.52, heading: 0.62 } as const;
/** A line's height as a multiple of the type size, at single spacing. */
const LINE = 1.2;
/** The box's inner margins, in inches (4 pt a side unless the box says otherwise). */
const INSET = 4 / 72;
/** Never smaller than this share of the size the layout chose. */
const SMALLEST = 0.55;

/** The height, in inches, that `paragraphs` take at `scale` in a box `width` inches wide. */
export function textHeight(paragraphs: readonly Paragraph[], width: number, scale = 1): number {
  return paragraphs.reduce((total, paragraph) => {
    const size = paragraph.size * scale;
    const indent = paragraph.bullet === undefined ? 0 : 0.4;
    const perLine = Math.max(1, Math.floor((width - 2 * INSET - indent) / ((size / 72) * ADVANCE[paragraph.face])));
    const lines = textOf(paragraph.runs)
      .split('\n')
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
    return total + (lines * size * LINE * (paragraph.lineHeight ?? (paragraph.face === 'body' ? 1.15 : 1)) + (paragraph.after ?? 0) * scale) / 72;
  }, 2 * INSET);
}

/** `paragraphs`, their type made smaller (in steps of 5%) until they fit `box`, or as small as allowed. */
export function fitInto(paragraphs: readonly Paragraph[], box: Box): Paragraph[] {
  let scale = 1;
  while (scale > SMALLEST && textHeight(paragraphs, box.w, scale) > box.h) scale -= 0.05;
  if (scale === 1) return [...paragraphs];
  return paragraphs.map((paragraph) => ({
    ...paragraph,
    size: Math.round(paragraph.size * scale),
    ...(paragraph.after === undefined ? {} : { after: Math.round(paragraph.after * scale) }),
  }));
}

/** How many lines `paragraph` takes in a box `width` inches wide. */
export function lineCount(paragraph: Paragraph, width: number): number {
  return Math.round((textHeight([{ ...paragraph, after: 0 }], width) - 2 * INSET) / (((paragraph.size * LINE) / 72) * (paragraph.lineHeight ?? (paragraph.face === 'body' ? 1.15 : 1))));
}
