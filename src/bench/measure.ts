/// <reference lib="dom" />
// Measurements in Chromium on loopback: what a browser downloads to show the first slide; the time any work takes.
// (The DOM types above are for the functions passed to page.evaluate, which run in the page.)
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

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
export function firstSlideWeight(browser: Browser, url: string, ready: ReadySignal): Promise<Weight> {
  return inFreshContext(browser, async (page) => {
    const responses: { url: string; body: Promise<Buffer | undefined> }[] = [];
    page.on('response', (response) => {
      if (response.status() === 200) responses.push({ url: response.url(), body: response.body().catch(() => undefined) });
    });
    const { fetched } = await showFirstSlide(page, url, ready);
    // Only what was fetched by then: the deck fetches its on-demand plugins once idle, after the first slide.
    const needed = responses.filter((r) => fetched.includes(r.url));
    const all = await Promise.all(needed.map(async (r) => ({ body: (await r.body) ?? Buffer.alloc(0), font: /\.(woff2?|ttf|otf)(\?|$)/u.test(r.url) })));
    const sum = (list: typeof all, size: (b: Buffer) => number): number => list.reduce((total, { body }) => total + size(body), 0);
    const fonts = all.filter((b) => b.font);
    const gz = (b: Buffer): number => gzipSync(b).length;
    return { raw: sum(all, (b) => b.length), gzip: sum(all, gz), fontRaw: sum(fonts, (b) => b.length), fontGzip: sum(fonts, gz) };
  });
}

/** Milliseconds `work` takes. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

// -- internal --

interface Shown {
  /** Milliseconds from navigation. */
  time: number;
  /** The URLs the page had fetched by then, its own included. */
  fetched: string[];
}

interface ShownWindow {
  firstSlideShown?: Promise<Shown>;
}

/** A deck that is not shown by then is broken, not slow. */
const GIVE_UP_MS = 30_000;

/** Runs `use` on a page in a fresh browser context: nothing cached, nothing shared with the last load. */
async function inFreshContext<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

/**
 * Opens `url` and waits for its first slide. The page notes the moment itself: polling from outside
 * would put Playwright's own script on the page's main thread while it loads, and add its cost to
 * every deck's time.
 */
async function showFirstSlide(page: Page, url: string, ready: ReadySignal): Promise<Shown> {
  await page.addInitScript(noteWhenShown, ready);
  await page.goto(url, { waitUntil: 'commit' });
  let timer: NodeJS.Timeout | undefined;
  const giveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${url} did not show its first slide within ${GIVE_UP_MS / 1000} s`)), GIVE_UP_MS);
  });
  try {
    return await Promise.race([page.evaluate(() => (window as ShownWindow).firstSlideShown as Promise<Shown>), giveUp]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs in the page before its own scripts: resolves `window.firstSlideShown` once reveal says it is
 * ready (its `ready` event, which bubbles from the deck), or the page has loaded, and then every font
 * it uses has loaded.
 */
function noteWhenShown(ready: ReadySignal): void {
  (window as ShownWindow).firstSlideShown = new Promise<void>((resolve) => {
    if (ready === 'load') window.addEventListener('load', () => resolve(), { once: true });
    else document.addEventListener('ready', () => resolve(), { once: true, capture: true });
  })
    .then(() => document.fonts.ready)
    .then(() => ({
      time: performance.now(),
      // The page's own URL as navigated to: reveal may have added a #/slide to location since.
      fetched: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((entry) => entry.name),
    }));
}
