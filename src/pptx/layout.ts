// Slide files → a PowerPoint deck's shapes, laid out like the HTML deck: each kind its own arrangement.
import { runningLabels } from '../deck/chrome.ts';
import { deckMeta, type DeckMeta } from '../deck/meta.ts';
import { parseSlideFile, type SlideFileText, type SourceSlide } from '../deck/slide-file.ts';
import { slideTiming } from '../deck/timing.ts';
import { type Block, blocksOf } from './blocks.ts';
import { darkSlide } from './dark.ts';
import { fitted, type Picture } from './picture.ts';
import { COLOURS, type Paragraph, para, type PptDeck, type PptSlide, type Shape, type TextShape } from './model.ts';

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
    const shapes = isDark(source) ? darkSlide(source, blocks, options.logo) : lightSlide(source, blocks, meta, labels[index], options.logo);
    return {
      id: source.id,
      background: isDark(source) ? COLOURS.navy : COLOURS.paper,
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

function isDark(slide: SourceSlide): boolean {
  return slide.kind === 'title' || slide.kind === 'divider' || slide.kind === 'source';
}

/** A content slide: running label, headline with its accent bar, the body, the footer. */
function lightSlide(slide: SourceSlide, blocks: Block[], meta: DeckMeta, label: string | undefined, logo: Picture | undefined): Shape[] {
  const top = label === undefined ? 0.55 : 0.95;
  const [heading, ...body] = blocks;
  const shapes: Shape[] = [];
  if (label !== undefined) shapes.push(text(0.5, 0.4, [para([{ text: label }], 14, COLOURS.accent, 'body', { bold: true })]));
  if (heading?.kind === 'heading') {
    shapes.push({ type: 'rect', box: { x: MARGIN, y: top + 0.1, w: 0.08, h: 0.62 }, fill: COLOURS.accent });
    shapes.push(text(top, 0.82, [para(heading.runs, 34, COLOURS.navy, 'heading', { bold: true })], 0.3));
  }
  shapes.push(...bodyShapes(slide, heading?.kind === 'heading' ? body : blocks, top + 1.1));
  return [...shapes, ...footer(meta, logo)];
}

/** The institution, the date and the logo under a thin rule, as on every content slide of the HTML deck. */
function footer(meta: DeckMeta, logo: Picture | undefined): Shape[] {
  const line = [meta.source, meta.date].filter((part): part is string => part !== undefined).join('  |  ');
  if (line === '' && logo === undefined) return [];
  const shapes: Shape[] = [{ type: 'rect', box: { x: MARGIN, y: 6.78, w: WIDTH, h: 0.01 }, fill: COLOURS.rule }];
  if (line !== '') shapes.push(text(6.84, 0.36, [para([{ text: line }], 12, COLOURS.muted, 'body', { align: 'center' })]));
  if (logo !== undefined) shapes.push({ type: 'image', box: fitted(logo.aspect, { x: MARGIN, y: 6.86, w: 0.9, h: 0.32 }), data: logo.data });
  return shapes;
}

function bodyShapes(slide: SourceSlide, blocks: Block[], top: number): Shape[] {
  if (slide.kind === 'outlooks') return outlooks(blocks, top);
  const paragraphs = blocks.flatMap((block): Paragraph[] => {
    if (block.kind === 'list') {
      const size = slide.kind === 'agenda' ? 24 : 21;
      return block.items.map((item) => para(item, size, COLOURS.ink, 'body', { bullet: block.ordered ? 'number' : 'dot', after: 12 }));
    }
    if (block.kind === 'heading') return [para(block.runs, 24, COLOURS.navy, 'heading', { bold: true, after: 6 })];
    const lead = slide.kind === 'conclusion';
    return [para(block.runs, lead ? 24 : 21, lead ? COLOURS.navy : COLOURS.ink, 'body', { bold: lead, after: 14 })];
  });
  return paragraphs.length === 0 ? [] : [{ ...text(top, 6.65 - top, paragraphs), anchor: 'top' }];
}

/** The lead, then the two views side by side, the first on the reading side. */
function outlooks(blocks: Block[], top: number): Shape[] {
  const lead = blocks.findIndex((b) => b.kind === 'heading');
  const intro = (lead === -1 ? blocks : blocks.slice(0, lead)).flatMap((b) => (b.kind === 'paragraph' ? [para(b.runs, 19, COLOURS.muted, 'body')] : []));
  const views: Paragraph[][] = [];
  for (const block of lead === -1 ? [] : blocks.slice(lead)) {
    if (block.kind === 'heading') views.push([para(block.runs, 22, views.length === 0 ? COLOURS.navy : COLOURS.accent, 'heading', { bold: true, after: 8 })]);
    else if (block.kind === 'paragraph') views.at(-1)?.push(para(block.runs, 20, COLOURS.ink, 'body'));
  }
  const y = top + (intro.length > 0 ? 0.8 : 0);
  const column = (WIDTH - 0.4) / 2;
  const shapes: Shape[] = intro.length > 0 ? [text(top, 0.7, intro)] : [];
  views.slice(0, 2).forEach((view, index) => {
    const box = { x: MARGIN + index * (column + 0.4), y, w: column, h: Math.min(3.6, 6.6 - y) };
    shapes.push({ type: 'rect', box: { ...box, h: 0.08 }, fill: index === 0 ? COLOURS.navy : COLOURS.accent });
    shapes.push({ type: 'text', box: { ...box, y: y + 0.08, h: box.h - 0.08 }, paragraphs: view, anchor: 'top', fill: COLOURS.panel, border: COLOURS.rule, inset: 14 });
  });
  return shapes;
}

/** A text box across the slide's width, `inset` in from the reading side. */
function text(y: number, h: number, paragraphs: Paragraph[], inset = 0): TextShape {
  return { type: 'text', box: { x: MARGIN + inset, y, w: WIDTH - inset, h }, paragraphs };
}
