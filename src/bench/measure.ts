/// <reference lib="dom" />
// Measurements in Chromium on loopback: what a browser downloads to show the first slide, and how long it takes.
// (The DOM types above are for the functions passed to page.evaluate, which run in the page.)
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface Weight {
  raw: number;
  gzip: number;
  /** The part of it that is web fonts. */
  fontRaw: number;
  fontGzip: number;
}

/** How a page says its first slide is shown: reveal's `ready` event, or (Marp) the `load` event; fonts loaded in both. */
export type ReadySignal = 'reveal' | 'load';

/** Bytes of every response the page needs until its first slide is shown with its fonts. */
export async function firstSlideWeight(browser: Browser, url: string, ready: ReadySignal): Promise<Weight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const bodies: Promise<{ body: Buffer; font: boolean }>[] = [];
    await page.addInitScript(noteWhenShown, ready);
    page.on('response', (response) => {
      if (response.status() === 200) bodies.push(response.body().then((body) => ({ body, font: /\.(woff2?|ttf|otf)(\?|$)/u.test(response.url()) })));
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.evaluate(() => (window as ShownWindow).firstSlideShown);
    const all = await Promise.all(bodies);
    const sum = (list: typeof all, size: (b: Buffer) => number): number => list.reduce((total, { body }) => total + size(body), 0);
    const fonts = all.filter((b) => b.font);
    const gz = (b: Buffer): number => gzipSync(b).length;
    return { raw: sum(all, (b) => b.length), gzip: sum(all, gz), fontRaw: sum(fonts, (b) => b.length), fontGzip: sum(fonts, gz) };
  } finally {
    await context.close();
  }
}

/** Milliseconds from navigation to the first slide shown with its fonts loaded, in a fresh browser context. */
export async function timeToFirstSlide(browser: Browser, url: string, ready: ReadySignal): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    // The page notes the moment itself: polling from outside would put Playwright's own script on the
    // page's main thread while it loads, and add its cost to every deck's time.
    await page.addInitScript(noteWhenShown, ready);
    await page.goto(url, { waitUntil: 'commit' });
    return await page.evaluate(() => (window as ShownWindow).firstSlideShown as Promise<number>);
  } finally {
    await context.close();
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

// -- internal --

interface ShownWindow {
  firstSlideShown?: Promise<number>;
}

/**
 * Runs in the page before its own scripts: resolves `window.firstSlideShown` with the time reveal says
 * it is ready (its `ready` event, which bubbles from the deck), or the page has loaded, and then every
 * font it uses has loaded.
 */
function noteWhenShown(ready: ReadySignal): void {
  (window as ShownWindow).firstSlideShown = new Promise<void>((resolve) => {
    if (ready === 'load') window.addEventListener('load', () => resolve(), { once: true });
    else document.addEventListener('ready', () => resolve(), { once: true, capture: true });
  })
    .then(() => document.fonts.ready)
    .then(() => performance.now());
}
