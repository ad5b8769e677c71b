// The dark slides of a PowerPoint deck, as in the HTML deck: the cover and the closing source slide with a
// band on their far side (the logo in it), and the dividers that open a part of the argument.
import { presenterAndDate } from '../deck/render.ts';
import type { SourceSlide } from '../deck/slide-file.ts';
import type { Block } from './blocks.ts';
import { fitInto } from './fit.ts';
import { COLOURS, type Paragraph, para, type Shape, SLIDE } from './model.ts';
import { fitted, type Picture } from './picture.ts';

/** The shapes of a cover, divider or source slide. */
export function darkSlide(slide: SourceSlide, blocks: readonly Block[], logo: Picture | undefined): Shape[] {
  if (slide.kind === 'divider') return divider(blocks);
  const [heading, ...rest] = blocks;
  const shapes: Shape[] = [...band(slide.kind === 'title' ? logo : undefined)];
  let y = slide.kind === 'title' ? 1.3 : 1.9;
  const kicker = slide.fields['kicker'];
  if (slide.kind === 'title' && typeof kicker === 'string' && kicker !== '') {
    shapes.push(kickerBox(kicker, y));
    y += 0.75;
  }
  if (heading?.kind === 'heading') {
    const size = slide.kind === 'title' ? 40 : 34;
    const height = slide.kind === 'title' ? 1.75 : 0.9;
    shapes.push(column(y, height, [para(heading.runs, size, COLOURS.onDark, 'heading', { bold: true })], 'bottom'));
    y += height + 0.2;
    shapes.push({ type: 'rect', box: { x: MARGIN, y, w: COLUMN, h: 0.02 }, fill: RULE });
    y += 0.25;
  }
  const body = (heading?.kind === 'heading' ? rest : blocks).flatMap(paragraphsOf);
  const line = slide.kind === 'title' ? presenterAndDate(slide) : [];
  if (line.length > 0) body.push(para([{ text: line.join(' | ') }], 20, COLOURS.gold, 'body', { bold: true }));
  if (body.length > 0) shapes.push(column(y, SLIDE.height - y - 0.6, body, 'top'));
  return shapes;
}

// -- internal --

const MARGIN = 0.92;
const BAND = { width: 3.8, edge: 0.25 } as const;
/** The text column: from the reading-side margin to the band's rule. */
const COLUMN = SLIDE.width - BAND.edge - BAND.width - 0.5 - MARGIN;
const RULE = '4A5A73';

/** The band on the far side, its gold rule, and the logo centred in it. */
function band(logo: Picture | undefined): Shape[] {
  const x = SLIDE.width - BAND.edge - BAND.width;
  const shapes: Shape[] = [
    { type: 'rect', box: { x, y: 0.15, w: BAND.width, h: SLIDE.height - 0.3 }, fill: COLOURS.band },
    { type: 'rect', box: { x: x - 0.06, y: 0.15, w: 0.06, h: SLIDE.height - 0.3 }, fill: COLOURS.gold },
  ];
  if (logo !== undefined) shapes.push({ type: 'image', box: fitted(logo.aspect, { x: x + (BAND.width - 1.6) / 2, y: 2.95, w: 1.6, h: 1.6 }), data: logo.data });
  return shapes;
}

/** The kicker as a gold tag, as wide as its words. */
function kickerBox(kicker: string, y: number): Shape {
  const width = Math.min(COLUMN, 0.6 + kicker.length * 0.14);
  return {
    type: 'text',
    box: { x: MARGIN, y, w: width, h: 0.5 },
    paragraphs: [para([{ text: kicker }], 18, COLOURS.navy, 'body', { bold: true, align: 'center' })],
    fill: COLOURS.gold,
  };
}

/** A divider: the part's name with a gold bar, its intro, and its items numbered. */
function divider(blocks: readonly Block[]): Shape[] {
  const [heading, ...rest] = blocks;
  const shapes: Shape[] = [];
  if (heading?.kind === 'heading') {
    shapes.push({ type: 'rect', box: { x: MARGIN, y: 1.62, w: 0.1, h: 0.85 }, fill: COLOURS.gold });
    const box = { x: MARGIN + 0.38, y: 1.5, w: SLIDE.width - 2 * MARGIN - 0.38, h: 1.1 };
    shapes.push({ type: 'text', box, paragraphs: fitInto([para(heading.runs, 40, COLOURS.onDark, 'heading', { bold: true })], box) });
  }
  const body = (heading?.kind === 'heading' ? rest : blocks).flatMap(paragraphsOf);
  if (body.length > 0) {
    const box = { x: MARGIN, y: 2.9, w: SLIDE.width - 2 * MARGIN, h: 4.0 };
    shapes.push({ type: 'text', box, paragraphs: fitInto(body, box), anchor: 'top' });
  }
  return shapes;
}

function paragraphsOf(block: Block): Paragraph[] {
  if (block.kind === 'list') {
    return block.items.map((item) => para(item, 21, COLOURS.onDark, 'body', { bullet: block.ordered ? 'number' : 'dot', after: 8 }));
  }
  const size = block.kind === 'heading' ? 24 : 20;
  return [para(block.runs, size, COLOURS.onDarkMuted, block.kind === 'heading' ? 'heading' : 'body', { after: 12 })];
}

function column(y: number, h: number, paragraphs: Paragraph[], anchor: 'top' | 'bottom'): Shape {
  const box = { x: MARGIN, y, w: COLUMN, h };
  return { type: 'text', box, paragraphs: fitInto(paragraphs, box), anchor };
}
