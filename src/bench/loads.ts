// Every deck of the bench opened in Chromium, side by side: the bytes of its first view, its first paint's
// bytes, and its paint and keys times under each condition (a median of many loads, fresh contexts, the
// decks interleaved so that a busy moment of the machine falls on all of them alike).
import { join } from 'node:path';
import { launchChromium } from '../browser/launch.ts';
import { serveFolder } from '../browser/serve.ts';
import { compressTextFiles } from './compress.ts';
import { firstSlideWeight, median, type ReadySignal, type Weight } from './measure.ts';
import { CONDITIONS, type FirstPaintBytes, firstPaintBytes, paintTimes, type PaintTimes } from './paint.ts';

export type DeckName = 'ours' | 'reveal' | 'floor' | 'bare' | 'marp';

export interface DeckLoads {
  weight: Weight;
  firstPaint: FirstPaintBytes;
  /** Median times per condition, by the condition's name. */
  times: Record<string, PaintTimes>;
}

export type Loads = Partial<Record<DeckName, DeckLoads>>;

export async function measureLoads(work: string, loads: number, withMarp: boolean, chromium: string | undefined, progress: (step: string) => void): Promise<Loads> {
  const decks: [DeckName, string, ReadySignal][] = [
    ['ours', join(work, 'ours'), 'reveal'],
    ['reveal', join(work, 'reveal'), 'reveal'],
    ['floor', join(work, 'floor'), 'reveal'],
    ['bare', join(work, 'bare'), 'load'],
  ];
  if (withMarp) decks.push(['marp', join(work, 'marp'), 'load']);
  // Served as a static host serves them: text gzip-compressed.
  await Promise.all(decks.map(([, folder]) => compressTextFiles(folder)));
  const servers = await Promise.all(decks.map(([, folder]) => serveFolder(folder, 0, { precompressed: true })));
  const browser = await launchChromium(chromium);
  try {
    const result: Loads = {};
    const samples: Record<string, { lcp: number[]; keys: number[] }> = {};
    for (const [index, [name, , ready]] of decks.entries()) {
      const url = servers[index]?.url ?? '';
      await paintTimes(browser, url, ready, { name: 'warm-up' }); // warm the server's file cache, not the browser's
      result[name] = { weight: await firstSlideWeight(browser, url, ready), firstPaint: await firstPaintBytes(browser, url), times: {} };
    }
    for (let run = 0; run < loads; run++) {
      progress(`load ${run + 1} of ${loads}: each deck under each condition`);
      for (const condition of CONDITIONS) {
        for (const [index, [name, , ready]] of decks.entries()) {
          const times = await paintTimes(browser, servers[index]?.url ?? '', ready, condition);
          const key = `${name}\u0000${condition.name}`;
          (samples[key] ??= { lcp: [], keys: [] }).lcp.push(times.lcp);
          samples[key].keys.push(times.keys);
        }
      }
    }
    for (const [name] of decks) {
      for (const condition of CONDITIONS) {
        const sample = samples[`${name}\u0000${condition.name}`];
        const deck = result[name];
        if (sample !== undefined && deck !== undefined) deck.times[condition.name] = { lcp: median(sample.lcp), keys: median(sample.keys) };
      }
    }
    return result;
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}
