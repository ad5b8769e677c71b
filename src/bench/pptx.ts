// The PowerPoint export measured side by side: deck pptx against Marp's --pptx on the same slides.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pptx } from '../commands/pptx.ts';
import { median, timed } from './measure.ts';
import { runMarp } from './peers.ts';

export interface PptxFigures {
  /** Median milliseconds of 3 runs. */
  ours: number;
  oursBytes: number;
  marp?: number;
  marpBytes?: number;
}

/** Our export times and file size, and Marp’s on its Markdown of the same slides when Marp could be installed. */
export async function timePptx(slides: string, work: string, marp: { bin: string; input: string; chromium: string | undefined } | undefined): Promise<PptxFigures> {
  const quiet = { log: () => {}, warn: () => {} };
  const out = join(work, 'ours.pptx');
  const ours: number[] = [];
  for (let i = 0; i < 3; i++) ours.push(await timed(() => pptx({ slides, out, notes: true }, quiet)));
  const figures: PptxFigures = { ours: median(ours), oursBytes: (await stat(out)).size };
  if (marp === undefined) return figures;
  const marpOut = join(work, 'marp', 'deck.pptx');
  const times: number[] = [];
  for (let i = 0; i < 3; i++) times.push(await timed(() => runMarp(marp.bin, marp.input, ['--pptx', '-o', marpOut], marp.chromium)));
  return { ...figures, marp: median(times), marpBytes: (await stat(marpOut)).size };
}
