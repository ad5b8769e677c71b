// Opening a shared link: the first slide paints from the page and its fonts; the rest comes after it.
import { expect, test } from '@playwright/test';
import { DECKS } from './decks.ts';
import { openDeck, zoomInAndOut } from './presenter.ts';

test('the first paint waits for no style sheet, and fetches exactly the fonts the page preloads, through its preload', async ({ browser }) => {
  // The first paint is the page before its script runs: open it with scripts off.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(DECKS.arabic.url);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const { preloaded, fetched, drawing, blocking } = await page.evaluate(() => ({
    preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map((link) => link.href).sort(),
    fetched: performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.woff2'))
      .map((entry) => ({ url: entry.name, by: (entry as PerformanceResourceTiming).initiatorType })),
    drawing: [...document.fonts].filter((face) => face.status === 'loaded').length,
    blocking: performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking')
      .map((entry) => entry.name),
  }));
  // The style sheet is inside the page: nothing else holds the paint back but the fonts it draws with.
  expect(blocking).toEqual([]);
  expect(preloaded.length).toBeGreaterThan(0);
  expect(fetched.map((f) => f.url).sort()).toEqual(preloaded);
  // Fetched by the <link>, so as soon as the head arrives; not once the style sheet has been applied.
  expect(fetched.filter((f) => f.by !== 'link')).toEqual([]);
  // And each is drawn with: none is preloaded for nothing.
  expect(drawing).toBe(preloaded.length);
  await context.close();
});

test('the first paint fetches the first slide’s own cut of its fonts, about half the bytes of the deck’s', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(DECKS.arabic.url);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.woff2')).map((entry) => entry.name));
  await context.close();
  expect(fetched.length).toBeGreaterThan(0);
  const size = async (url: string): Promise<number> => (await (await request.get(url)).body()).length;
  let cut = 0;
  let whole = 0;
  for (const url of fetched) {
    // Each is a cut of one of the deck's files, named after it.
    const from = url.replace(/-cover-[0-9a-f]{8}\.woff2$/u, '.woff2');
    expect(from, url).not.toBe(url);
    cut += await size(url);
    whole += await size(from);
  }
  expect(cut / whole).toBeLessThan(0.7);
});

test('what the first slide does not need comes after the slides, and the other slides still get their fonts', async ({ page }) => {
  const fetched = (): Promise<string[]> => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.split('/').pop() ?? ''));
  await openDeck(page, DECKS.arabic.url, '#/1');
  const order = await page.evaluate(() => [...document.querySelectorAll('script[src], link[rel="preload"][as="style"], .slides')].map((element) => element.tagName));
  expect(order).toEqual(['DIV', 'SCRIPT', 'LINK']);
  // A slide with Latin digits draws them from the face's Latin file, fetched when that slide shows.
  await openDeck(page, DECKS.arabic.url, '#/source');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  expect((await fetched()).filter((name) => name.endsWith('.woff2'))).toEqual(expect.arrayContaining([expect.stringMatching(/-latin-/u)]));
});

test('search and zoom still work when the network drops after the deck is shown', async ({ page, context }) => {
  await openDeck(page, DECKS.arabic.url, '#/cause-1');
  // Not needed for the first slide, they are fetched once it is shown and the browser is idle.
  const fetched = (): Promise<number> => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/(search|zoom)-[^/]*\.js$/u.test(e.name)).length);
  await expect.poll(fetched).toBe(2);
  await context.setOffline(true);

  await page.keyboard.press('Control+Shift+F');
  await expect(page.locator('.reveal .searchbox input')).toBeVisible();
  await page.keyboard.press('Control+Shift+F');
  await expect(page.locator('.reveal .searchbox input')).toBeHidden();

  await zoomInAndOut(page, page.locator('.reveal .slides > section.present h2'));
});
