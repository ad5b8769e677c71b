// `deck bench` (npm run bench): runs the benchmark and prints its table, each figure beside the peers' and the ratio.
import { join } from 'node:path';
import { type Figure, runBench } from '../bench/run.ts';
import { PROJECT_ROOT } from '../vite/root.ts';
import type { Console } from './console.ts';

export interface BenchFlags {
  slides: string;
  article: string;
  loads: number;
  skipPeers: boolean;
}

export async function bench(flags: BenchFlags, console: Console): Promise<number> {
  const dir = join(PROJECT_ROOT, 'bench');
  const figures = await runBench({ ...flags, dir }, (step) => console.log(`bench: ${step}`));
  for (const line of table(figures)) console.log(line);
  console.log(`bench: results in ${join('bench', 'results.json')}`);
  return 0;
}

/** The figures as a Markdown table: ours, each peer, and ours / peer. */
export function table(figures: readonly Figure[]): string[] {
  const cell = (value: number | undefined, unit: string): string => (value === undefined ? '–' : `${value} ${unit}`);
  const ratio = (ours: number, peer: number | undefined): string => (peer === undefined || peer === 0 ? '–' : `${(ours / peer).toFixed(2)}`);
  return [
    '| figure | ours | reveal.js | ours / reveal.js | Marp | ours / Marp | target |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...figures.map((f) => {
      const target = f.target === undefined ? '' : `${f.target.met ? 'met' : 'NOT met'}: ${f.target.text}`;
      return `| ${f.figure} | ${cell(f.ours, f.unit)} | ${cell(f.reveal, f.unit)} | ${ratio(f.ours, f.reveal)} | ${cell(f.marp, f.unit)} | ${ratio(f.ours, f.marp)} | ${target} |`;
    }),
  ];
}
