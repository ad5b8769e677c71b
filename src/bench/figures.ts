// The bench's rows about opening a deck: bytes of the first view and of the first paint, and for each
// condition when the largest text is painted and when the keys work, ours beside plain reveal.js and Marp.
import type { DeckLoads, Loads } from './loads.ts';
import { CONDITIONS } from './paint.ts';

export interface Figure {
  figure: string;
  unit: 'KB' | 'ms' | '×' | '%';
  ours: number;
  reveal?: number;
  marp?: number;
  /** What the figure must meet, in words, and whether it does. */
  target?: { text: string; met: boolean };
}

/** The rows that show reveal.js alone: its figure goes in the ours column, beside the peers'. */
export const FLOOR = '↳ reveal.js alone, one title, no theme or font (the floor, in the ours column)';

/** The rows that show a bare page of the title: its paint goes in the ours column, beside the peers'. */
export const BARE = '↳ a bare page of the title, no style, font or script (any page’s floor, in the ours column)';

export function kb(bytes: number): number {
  return Math.round(bytes / 102.4) / 10;
}

export function openingFigures(loads: Loads, count: number): Figure[] {
  const { ours, reveal, floor, bare, marp } = loads;
  if (ours === undefined || reveal === undefined || floor === undefined || bare === undefined) throw new Error('a deck was not measured');
  const peers = (pick: (deck: DeckLoads) => number): Pick<Figure, 'reveal' | 'marp'> => ({ reveal: pick(reveal), ...(marp === undefined ? {} : { marp: pick(marp) }) });
  const figures: Figure[] = [
    { figure: 'first view download, gzip (until reveal is ready, its fonts in)', unit: 'KB', ours: kb(ours.weight.gzip), ...peers((d) => kb(d.weight.gzip)) },
    { figure: FLOOR, unit: 'KB', ours: kb(floor.weight.gzip), ...peers((d) => kb(d.weight.gzip)) },
    ...firstPaintBytes(ours, marp),
  ];
  for (const condition of CONDITIONS) {
    const name = condition.name;
    const time = (deck: DeckLoads, what: 'lcp' | 'keys'): number => Math.round(deck.times[name]?.[what] ?? Number.NaN);
    const lcp = time(ours, 'lcp');
    const paintTarget = condition.cpu === undefined;
    figures.push(
      {
        figure: `first paint, LCP, ${name} (median of ${count})`,
        unit: 'ms',
        ours: lcp,
        ...peers((d) => time(d, 'lcp')),
        ...(paintTarget ? { target: { text: '≤ 0.8× Marp and ≤ 0.5× reveal.js', met: lcp <= 0.5 * time(reveal, 'lcp') && (marp === undefined || lcp <= 0.8 * time(marp, 'lcp')) } } : {}),
      },
      { figure: BARE, unit: 'ms', ours: time(bare, 'lcp'), ...peers((d) => time(d, 'lcp')) },
      {
        figure: `keys work, ${name} (median of ${count})`,
        unit: 'ms',
        ours: time(ours, 'keys'),
        ...peers((d) => time(d, 'keys')),
        target: { text: 'no later than reveal.js', met: time(ours, 'keys') <= time(reveal, 'keys') },
      },
    );
  }
  return figures;
}

// -- internal --

/** Page and style sheets gzip, plus fonts: ours beside Marp's page with our first-paint fonts added (Marp draws in system fonts). */
function firstPaintBytes(ours: DeckLoads, marp: DeckLoads | undefined): Figure[] {
  const total = ours.firstPaint.pageGzip + ours.firstPaint.fonts;
  const marpWithFonts = marp === undefined ? undefined : marp.firstPaint.pageGzip + ours.firstPaint.fonts;
  return [
    {
      figure: 'first paint: page + CSS (gzip) + fonts',
      unit: 'KB',
      ours: kb(total),
      ...(marpWithFonts === undefined ? {} : { marp: kb(marpWithFonts) }),
      target: { text: '≤ 50 KB, below Marp + our first-paint fonts', met: total <= 50 * 1024 && (marpWithFonts === undefined || total < marpWithFonts) },
    },
    { figure: '↳ of which fonts', unit: 'KB', ours: kb(ours.firstPaint.fonts) },
  ];
}
