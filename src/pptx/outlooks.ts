// The outlooks slide in PowerPoint: its lead, then the two views side by side in panels, the first on the
// reading side, each panel as tall as the longer view needs, its lists kept as bullets.
import type { Block } from './blocks.ts';
import { fitInto, textHeight } from './fit.ts';
import { type Box, COLOURS, type Paragraph, para, paragraphsOf, type Shape } from './model.ts';

export function outlookShapes(blocks: readonly Block[], room: Box): Shape[] {
  const firstView = blocks.findIndex((block) => block.kind === 'heading');
  const leadBlocks = firstView === -1 ? blocks : blocks.slice(0, firstView);
  const lead = leadBlocks.flatMap((block) => paragraphsOf(block, 20)).map((p) => ({ ...p, color: COLOURS.muted }));
  const views = viewsOf(firstView === -1 ? [] : blocks.slice(firstView));
  const shapes: Shape[] = [];
  let y = room.y;
  if (lead.length > 0) {
    const height = Math.min(1.4, textHeight(lead, room.w));
    shapes.push({ type: 'text', box: { ...room, h: height }, paragraphs: fitInto(lead, { ...room, h: height }) });
    y += height + 0.2;
  }
  const gap = 0.4;
  const width = (room.w - gap * (views.length - 1)) / Math.max(1, views.length);
  const inner = (paragraphs: Paragraph[]): number => textHeight(paragraphs, width - 0.4) + 0.1;
  const height = Math.min(room.y + room.h - y, Math.max(1.4, ...views.map(inner)));
  views.forEach((view, index) => {
    const box = { x: room.x + index * (width + gap), y, w: width, h: height };
    shapes.push({ type: 'rect', box: { ...box, h: 0.08 }, fill: index === 0 ? COLOURS.navy : COLOURS.accent });
    const panel = { ...box, y: y + 0.08, h: height - 0.08 };
    shapes.push({ type: 'text', box: panel, paragraphs: fitInto(view, { ...panel, w: panel.w - 0.3 }), anchor: 'top', fill: COLOURS.panel, border: COLOURS.rule, inset: 14 });
  });
  return shapes;
}

/** Each view: its heading, then its paragraphs and bullets (a view added by hand beyond two is kept too). */
function viewsOf(blocks: readonly Block[]): Paragraph[][] {
  const views: Paragraph[][] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') views.push([para(block.runs, 22, views.length === 0 ? COLOURS.navy : COLOURS.accent, 'heading', { bold: true, after: 8 })]);
    else views.at(-1)?.push(...paragraphsOf(block, 19).map((p) => ({ ...p, after: 6 })));
  }
  return views;
}
