// The first paint: the page shows the slide its address names before reveal.js runs (with scripts blocked
// it is all there is), in its own fonts, exactly where reveal then shows it; the takeover moves nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, expect, type Page, test } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { DECKS } from './decks.ts';
import { openDeck } from './presenter.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };

/** The page as it paints with no script at all: what a reader sees before reveal.js has arrived. */
async function withoutScripts(browser: Browser, url: string, viewport = DESKTOP): Promise<{ page: Page; shot: Buffer; close: () => Promise<void> }> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport });
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
  });
  return { page, shot: await page.screenshot(), close: () => context.close() };
}

/** The same address once reveal.js has laid it out, without reveal's own controls, counter and progress bar. */
async function withReveal(browser: Browser, url: string, viewport = DESKTOP): Promise<Buffer> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await openDeck(page, url);
  await page.addStyleTag({ content: '.reveal :is(.controls, .progress, .slide-number) { display: none !important; }' });
  // The slide transition (or the phone's scroll to its page) over.
  await page.waitForTimeout(900);
  const shot = await page.screenshot();
  await context.close();
  return shot;
}

function differingShare(a: Buffer, b: Buffer): number {
  const [one, two] = [PNG.sync.read(a), PNG.sync.read(b)];
  return pixelmatch(one.data, two.data, null, one.width, one.height, { threshold: 0.1 }) / (one.width * one.height);
}

/** The families that really drew `selector`'s text (Chrome's own record), and whether any is a system font. */
async function drawnBy(page: Page, selector: string): Promise<{ families: string[]; system: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const families = new Set<string>();
  const system = new Set<string>();
  for (const nodeId of nodeIds) {
    for (const font of (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts) (font.isCustomFont ? families : system).add(font.familyName);
  }
  return { families: [...families].sort(), system: [...system] };
}

/**
 * Layout shifts from the start of the page until reveal.js is ready and half a second more; with
 * `fontDelay`, each font file is held back that long, so the page paints before its fonts arrive (a slow
 * link, or a busy machine).
 */
async function shiftUntilReady(browser: Browser, url: string, viewport = DESKTOP, fontDelay = 0): Promise<number> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  if (fontDelay > 0) {
    await page.route('**/*.woff2', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, fontDelay));
      await route.continue();
    });
  }
  await page.addInitScript(() => {
    const record = window as unknown as { shift: number };
    record.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) record.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await openDeck(page, url);
  await page.waitForTimeout(500);
  const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
  await context.close();
  return shift;
}

test('with scripts blocked, the first slide paints in its own fonts, exactly as reveal.js then shows it', async ({ browser }) => {
  const { page, shot, close } = await withoutScripts(browser, DECKS.arabic.url);
  await expect(page.locator('section#title h1')).toBeInViewport();
  expect(await drawnBy(page, 'section#title h1')).toEqual({ families: ['Noto Kufi Arabic'], system: [] });
  expect((await drawnBy(page, 'section#title p')).system).toEqual([]);
  await close();
  expect(differingShare(shot, await withReveal(browser, DECKS.arabic.url))).toBeLessThan(0.001);
});

test('a fresh deep link paints the slide it names first, by number or by name', async ({ browser }) => {
  for (const [hash, id] of [['#/5', 'cause-1'], ['#/outlooks', 'outlooks']] as const) {
    const url = `${DECKS.arabic.url}${hash}`;
    const { page, shot, close } = await withoutScripts(browser, url);
    await expect(page.locator(`section#${id} h2`)).toBeInViewport();
    await expect(page.locator('section#title h1')).toBeHidden();
    // Opening the link scrolled nothing: the slide sits where reveal will put it.
    expect(await page.evaluate(() => [document.scrollingElement?.scrollTop, document.querySelector('.reveal')?.scrollTop])).toEqual([0, 0]);
    await close();
    expect(differingShare(shot, await withReveal(browser, url)), hash).toBeLessThan(0.001);
  }
});

test('on a phone the first paint is the portrait slide of reveal.js’s scroll view', async ({ browser }) => {
  for (const hash of ['', '#/5']) {
    const url = `${DECKS.briefing.url}${hash}`;
    const { shot, close } = await withoutScripts(browser, url, PHONE);
    await close();
    expect(differingShare(shot, await withReveal(browser, url, PHONE)), hash || 'first slide').toBeLessThan(0.001);
  }
});

test('reveal.js takes over without moving anything (layout shift below 0.01), nor do late fonts, and the keys work at once', async ({ browser }) => {
  for (const [url, viewport] of [
    [DECKS.arabic.url, DESKTOP],
    [`${DECKS.arabic.url}#/5`, { width: 1366, height: 768 }],
    [DECKS.briefing.url, PHONE],
    [DECKS.english.url, DESKTOP],
  ] as const) {
    // Fonts in before the first paint, and fonts 300 ms after it: text waits for its own face, so it never
    // moves from the fallback's line breaks to the face's.
    for (const fontDelay of [0, 300]) {
      expect(await shiftUntilReady(browser, url, viewport, fontDelay), `${url} at ${viewport.width}×${viewport.height}, fonts ${fontDelay} ms late`).toBeLessThan(0.01);
    }
  }
  const page = await browser.newPage();
  await page.goto(DECKS.arabic.url);
  await page.waitForFunction(() => window.deck?.isReady());
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('section#agenda')).toHaveClass(/present/u);
  await page.close();
});

test('an audience build and a single file paint their first slide without scripts too', async ({ browser }) => {
  const out = join(ROOT, '.tmp', 'e2e', 'first-paint');
  execFileSync(process.execPath, ['src/bin.mjs', 'build', '--no-notes', '--single-file', '--out', join(out, 'audience.html')], { cwd: ROOT });
  const url = pathToFileURL(join(out, 'audience.html')).href;
  expect(readFileSync(join(out, 'audience.html'), 'utf8')).not.toContain('class="notes"');
  const { page, shot, close } = await withoutScripts(browser, url);
  await expect(page.locator('section#title h1')).toBeInViewport();
  expect((await drawnBy(page, 'section#title :is(h1, p)')).system).toEqual([]);
  await close();
  expect(differingShare(shot, await withReveal(browser, url))).toBeLessThan(0.001);
});

test('the first slide’s own cut of its fonts draws exactly what the deck’s whole fonts draw: every letter joined as before', async ({ browser }) => {
  for (const deck of [DECKS.arabic, DECKS.briefing, DECKS.english]) {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await openDeck(page, deck.url);
    await page.addStyleTag({ content: '.reveal :is(.controls, .progress, .slide-number) { display: none !important; }' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const cut = await page.screenshot();
    // The same slide with the cover's faces taken away: the deck's own files draw it.
    const removed = await page.evaluate(() => {
      const styles = [...document.querySelectorAll('style')].filter((style) => style.textContent?.includes('(cover)'));
      for (const style of styles) style.remove();
      return styles.length;
    });
    expect(removed, deck.url).toBe(1);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const families = await page.evaluate(() => getComputedStyle(document.querySelector('.reveal .slides > section h1') ?? document.body).fontFamily);
    expect(families, deck.url).not.toContain('(cover)');
    // Arabic: not one pixel differs. Latin: 24 scattered anti-aliasing pixels (a wrong or unjoined letter is hundreds).
    expect(differingShare(cut, await page.screenshot()), deck.url).toBeLessThan(0.00005);
    await context.close();
  }
});
