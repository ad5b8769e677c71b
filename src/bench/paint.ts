/// <reference lib="dom" />
// What a reader feels as a deck opens, measured in Chromium under three conditions: when its largest text or
// picture is painted (Largest Contentful Paint, from the page's own PerformanceObserver) and when its keys
// work (reveal.js's deck marked ready; Marp's script has run at DOMContentLoaded). And the bytes its first
// paint needs: what the page fetches with its script files held back.
// (The DOM types above are for the functions passed to the page, which run there.)
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { COVER_FONT_SCRIPT_ATTRIBUTE } from '../deck/cover-font-script.ts';
import type { ReadySignal } from './measure.ts';

export interface Condition {
  name: string;
  /** Chromium's CPU slowdown factor. */
  cpu?: number;
  /** A slow link, as DevTools emulates it. */
  link?: { latencyMs: number; downKbps: number; upKbps: number };
}

export const CONDITIONS: readonly Condition[] = [
  { name: 'loopback' },
  { name: '4× CPU slowdown', cpu: 4 },
  { name: 'slow link (1.6 Mbit/s, 150 ms)', link: { latencyMs: 150, downKbps: 1600, upKbps: 750 } },
];

export interface PaintTimes {
  /** Milliseconds from navigation to the largest contentful paint. */
  lcp: number;
  /** Milliseconds from navigation until the keys move the deck. */
  keys: number;
}

/** One load of `url` in a fresh context under `condition`. */
export async function paintTimes(browser: Browser, url: string, ready: ReadySignal, condition: Condition): Promise<PaintTimes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await emulate(context, page, condition);
    await page.addInitScript(notePaintAndKeys, ready);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    return await page.evaluate(() => (window as PaintWindow).paintAndKeys as Promise<PaintTimes>);
  } finally {
    await context.close();
  }
}

export interface FirstPaintBytes {
  /** Gzip bytes of the page and its style sheets, as a server compresses them, less the fonts inside the page. */
  pageGzip: number;
  /** Bytes of the font files (woff2 is compressed already), and of the fonts inside the page, gzip. */
  fonts: number;
}

/**
 * What the page's first paint needs, loaded with its script files held back (the scripts inside the
 * page run): the page, the style sheets that block rendering, and the fonts it draws with, as files or
 * inside the page. Not what it only asks for ahead (a preloaded style sheet the script will use), nor
 * the tab's icon.
 */
export async function firstPaintBytes(browser: Browser, url: string): Promise<FirstPaintBytes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.route(/\.m?js(?:\?|$)/u, (route) => route.abort());
    const bodies = new Map<string, Promise<Buffer>>();
    page.on('response', (response) => {
      if (response.status() === 200) bodies.set(response.url(), response.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto(url, { waitUntil: 'load' });
    const needed = await page.evaluate(async () => {
      await document.fonts.ready;
      const blocking = performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking')
        .map((entry) => entry.name);
      const fonts = performance.getEntriesByType('resource').filter((entry) => /\.(?:woff2?|ttf|otf)(?:\?|$)/u.test(entry.name)).map((entry) => entry.name);
      return { page: location.href.replace(/#.*$/u, ''), blocking, fonts };
    });
    const body = async (u: string): Promise<Buffer> => (await bodies.get(u)) ?? Buffer.alloc(0);
    const sum = async (urls: string[], measure: (body: Buffer) => number): Promise<number> => (await Promise.all(urls.map(async (u) => measure(await body(u))))).reduce((a, b) => a + b, 0);
    const html = await body(needed.page);
    const pageWithoutFonts = gzipSync(html.toString('utf8').replace(INLINE_FONTS, '')).length;
    return {
      pageGzip: pageWithoutFonts + (await sum(needed.blocking, (b) => gzipSync(b).length)),
      fonts: gzipSync(html).length - pageWithoutFonts + (await sum(needed.fonts, (b) => b.length)),
    };
  } finally {
    await context.close();
  }
}

// -- internal --

/** The script that carries the first slide's fonts inside our page (src/deck/cover-font-script.ts). */
const INLINE_FONTS = new RegExp(`<script ${COVER_FONT_SCRIPT_ATTRIBUTE}>[\\s\\S]*?</script>`, 'u');

interface PaintWindow {
  paintAndKeys?: Promise<PaintTimes>;
}

async function emulate(context: BrowserContext, page: Page, condition: Condition): Promise<void> {
  if (condition.cpu === undefined && condition.link === undefined) return;
  const cdp = await context.newCDPSession(page);
  if (condition.cpu !== undefined) await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });
  if (condition.link !== undefined) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: condition.link.latencyMs,
      downloadThroughput: (condition.link.downKbps * 1000) / 8,
      uploadThroughput: (condition.link.upKbps * 1000) / 8,
    });
  }
}

/**
 * Runs in the page before its own scripts. Keys: reveal adds `ready` to its deck's classes when its keys
 * are bound; Marp binds them in a script that has run by DOMContentLoaded. Paint: the last
 * largest-contentful-paint entry once the page has loaded, its fonts are in, and two frames have passed.
 */
function notePaintAndKeys(ready: ReadySignal): void {
  let lcp = 0;
  let seen: ((value: void) => void) | undefined;
  // The entries arrive a little after the paint they time: wait for the first (at most 5 s).
  const lcpSeen = new Promise<void>((resolve) => {
    seen = resolve;
    setTimeout(resolve, 5000);
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) lcp = Math.max(lcp, entry.startTime);
    seen?.();
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const keys = new Promise<number>((resolve) => {
    if (ready === 'load') {
      document.addEventListener('DOMContentLoaded', () => resolve(performance.now()), { once: true });
      return;
    }
    const observer = new MutationObserver(() => {
      if (document.querySelector('.reveal.ready') === null) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  // No named functions in here: the runner would wrap them in a helper the page does not have.
  const settled = new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }))
    .then(() => document.fonts.ready)
    .then(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  (window as PaintWindow).paintAndKeys = Promise.all([keys, settled, lcpSeen]).then(([keysAt]) => ({ lcp, keys: keysAt }));
}
