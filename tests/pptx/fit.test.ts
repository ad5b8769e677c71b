// Text that fits its box when PowerPoint opens the file (it shrinks an overfull box only once it is edited).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fitInto, textHeight } from '../../src/pptx/fit.ts';
import { layoutDeck } from '../../src/pptx/layout.ts';
import { para, type TextShape } from '../../src/pptx/model.ts';

const dir = await mkdtemp(join(tmpdir(), 'deck-pptx-fit-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const sentence = 'تراجعت قدرة الطرفين على الحسم العسكري بعد عامين من القتال المتواصل في المدن الكبرى';
const bullet = (text: string) => para([{ text }], 21, '000000', 'body', { bullet: 'dot', after: 12 });

function slide(id: string, kind: string, body: string): { path: string; content: string } {
  return { path: join(dir, `${id}.md`), content: `---\nid: ${id}\nkind: ${kind}\ntitle: t\n---\n\n${body}\n` };
}

function textBoxes(files: { path: string; content: string }[], index: number): TextShape[] {
  const deck = layoutDeck(files, { notes: false });
  return (deck.slides[index]?.shapes ?? []).filter((shape): shape is TextShape => shape.type === 'text');
}

describe('text fitted to its box', () => {
  it('keeps the chosen size when the text fits', () => {
    const box = { x: 0, y: 0, w: 11, h: 5 };
    expect(fitInto([bullet(sentence), bullet(sentence)], box).map((p) => p.size)).toEqual([21, 21]);
  });

  it('sets a long body smaller until its estimated height fits, never below 55% of the size', () => {
    const box = { x: 0, y: 0, w: 11, h: 4.5 };
    const long = Array.from({ length: 9 }, () => bullet(sentence));
    const fitted = fitInto(long, box);
    expect(fitted[0]?.size).toBeLessThan(21);
    expect(fitted[0]?.size).toBeGreaterThanOrEqual(Math.round(21 * 0.55));
    expect(textHeight(fitted, box.w)).toBeLessThanOrEqual(box.h);
    const endless = Array.from({ length: 60 }, () => bullet(sentence));
    expect(fitInto(endless, box)[0]?.size).toBe(Math.round(21 * 0.55));
  });

  it('gives a long headline two lines and starts the body below them', () => {
    const short = textBoxes([slide('a', 'point', `## عنوان قصير\n\n- ${sentence}`)], 0);
    const long = textBoxes([slide('a', 'point', `## ${sentence} ${sentence}\n\n- ${sentence}`)], 0);
    const [shortHeading, shortBody] = short;
    const [longHeading, longBody] = long;
    expect(longHeading!.box.h).toBeGreaterThan(shortHeading!.box.h);
    expect(longBody!.box.y).toBeGreaterThanOrEqual(longHeading!.box.y + longHeading!.box.h);
    expect(longBody!.box.y).toBeGreaterThan(shortBody!.box.y);
    // Two lines' worth of a very long headline is set smaller rather than run into the body.
    expect(longHeading!.paragraphs[0]!.size).toBeLessThanOrEqual(34);
  });

  it('draws every view of an outlooks slide, lists included, in panels as tall as the longer view', () => {
    const body = `## رؤيتان\n\nمقدمة قصيرة\n\n### الأولى\n\n${sentence}\n\n- بند أول\n- بند ثان\n\n### الثانية\n\n${sentence}`;
    const boxes = textBoxes([slide('o', 'outlooks', body)], 0);
    const panels = boxes.filter((box) => box.fill !== undefined);
    expect(panels).toHaveLength(2);
    expect(panels[0]!.box.h).toBe(panels[1]!.box.h);
    expect(panels[0]!.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['الأولى', sentence, 'بند أول', 'بند ثان']);
    expect(panels[0]!.box.h).toBeLessThan(4);
  });
});
