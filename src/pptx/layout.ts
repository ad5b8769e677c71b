// Slide files → a PowerPoint deck's shapes, laid out like the HTML deck: each kind its own arrangement.
import { DARK_KINDS, footerParts, runningLabels } from '../deck/chrome.ts';
import { deckMeta, type DeckMeta } from '../deck/meta.ts';
import { parseSlideFile, type SlideFileText, type SourceSlide } from '../deck/slide-file.ts';
import { slideTiming } from '../deck/timing.ts';
import { type Block, blocksOf } from './blocks.ts';
import { darkSlide } from './dark.ts';
import { fitted, type Picture } from './picture.ts';
import { fitInto, lineCount, textHeight } from './fit.ts';
import { type Box, COLOURS, type Paragraph, para, paragraphsOf, type PptDeck, type PptSlide, type Shape, type TextShape } from './model.ts';
import { outlookShapes } from './outlooks.ts';

export interface LayoutOptions {
  /** Put the speaker notes in the deck (false: an audience deck, no notes anywhere). */
  notes: boolean;
  /** The logo, when the title slide names one PowerPoint can show. */
  logo?: Picture;
}

export function layoutDeck(files: readonly SlideFileText[], options: LayoutOptions): PptDeck {
  const sources = files.map(parseSlideFile);
  const meta = deckMeta(sources);
  const labels = runningLabels(sources, meta);
  const slides = sources.map((source, index): PptSlide => {
    const blocks = blocksOf(source.body);
    const shapes = DARK_KINDS.has(source.kind) ? darkSlide(source, blocks, options.logo) : lightSlide(source, blocks, meta, labels[index], options.logo);
    return {
      id: source.id,
      background: DARK_KINDS.has(source.kind) ? COLOURS.navy : COLOURS.paper,
      shapes,
      notes: options.notes ? source.notes : [],
      seconds: slideTiming(source, meta.lang),
    };
  });
  return { title: meta.fullTitle, lang: meta.lang, dir: meta.dir, numerals: meta.numerals, slides };
}

// -- internal --

const MARGIN = 0.92;
const WIDTH = 13.333 - 2 * MARGIN;

/** A content slide: running label, headline with its accent bar (two lines when it needs them), the body, the footer. */
function lightSlide(slide: SourceSlide, blocks: Block[], meta: DeckMeta, label: string | undefined, logo: Picture | undefined): Shape[] {
  const top = label === undefined ? 0.55 : 0.95;
  const [heading, ...body] = blocks;
  const shapes: Shape[] = [];
  if (label !== undefined) shapes.push(text(0.5, 0.4, [para([{ text: label }], 14, COLOURS.accent, 'body', { bold: true })]));
  let bodyTop = top + 1.1;
  if (heading?.kind === 'heading') {
    const headline = para(heading.runs, 34, COLOURS.navy, 'heading', { bold: true });
    const lines = Math.min(2, lineCount(headline, WIDTH - 0.3));
    const box = { x: MARGIN + 0.3, y: top, w: WIDTH - 0.3, h: 0.82 + (lines - 1) * 0.57 };
    shapes.push({ type: 'rect', box: { x: MARGIN, y: top + 0.1, w: 0.08, h: box.h - 0.2 }, fill: COLOURS.accent });
    shapes.push({ type: 'text', box, paragraphs: fitInto([headline], box) });
    bodyTop = top + box.h + 0.28;
  }
  const room = { x: MARGIN, y: bodyTop, w: WIDTH, h: BODY_BOTTOM - bodyTop };
  shapes.push(...(slide.kind === 'outlooks' ? outlookShapes(heading?.kind === 'heading' ? body : blocks, room) : bodyShapes(slide, heading?.kind === 'heading' ? body : blocks, room)));
  return [...shapes, ...footer(meta, logo)];
}

/** Where a content slide's body ends: above the footer's rule. */
const BODY_BOTTOM = 6.65;

/** The institution, the date and the logo under a thin rule, as on every content slide of the HTML deck. */
function footer(meta: DeckMeta, logo: Picture | undefined): Shape[] {
  const line = footerParts(meta).join('  |  ');
  if (line === '' && logo === undefined) return [];
  const shapes: Shape[] = [{ type: 'rect', box: { x: MARGIN, y: 6.78, w: WIDTH, h: 0.01 }, fill: COLOURS.rule }];
  if (line !== '') shapes.push(text(6.84, 0.36, [para([{ text: line }], 12, COLOURS.muted, 'body', { align: 'center' })]));
  if (logo !== undefined) shapes.push({ type: 'image', box: fitted(logo.aspect, { x: MARGIN, y: 6.86, w: 0.9, h: 0.32 }), data: logo.data });
  return shapes;
}

/** The body: bullets one per paragraph; a conclusion's lead in a panel with a gold edge, as in the HTML deck. */
function bodyShapes(slide: SourceSlide, blocks: Block[], room: Box): Shape[] {
  const [first, ...rest] = blocks;
  if (slide.kind === 'conclusion' && first?.kind === 'paragraph') {
    const lead = fitInto([para(first.runs, 26, COLOURS.navy, 'body', { bold: true })], { ...room, w: room.w - 0.3, h: 1.6 });
    const height = Math.min(1.6, textHeight(lead, room.w - 0.3) + 0.2);
    const panel = { x: room.x + 0.1, y: room.y, w: room.w - 0.1, h: height };
    const after = { ...room, y: room.y + height + 0.3, h: room.h - height - 0.3 };
    return [
      { type: 'text', box: panel, paragraphs: lead, anchor: 'middle', fill: COLOURS.panel, border: COLOURS.rule, inset: 14 },
      { type: 'rect', box: { x: room.x, y: room.y, w: 0.1, h: height }, fill: COLOURS.gold },
      ...bodyShapes({ ...slide, kind: 'point' }, rest, after),
    ];
  }
  const paragraphs = blocks.flatMap((block) => paragraphsOf(block, slide.kind === 'agenda' ? 24 : 21));
  return paragraphs.length === 0 ? [] : [{ type: 'text', box: room, paragraphs: fitInto(paragraphs, room), anchor: 'top' }];
}

/** A text box across the slide's width, `inset` in from the reading side. */
function text(y: number, h: number, paragraphs: Paragraph[], inset = 0): TextShape {
  return { type: 'text', box: { x: MARGIN + inset, y, w: WIDTH - inset, h }, paragraphs };
}
