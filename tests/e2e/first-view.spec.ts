// Opening a shared link: the first slide paints from the page alone, its fonts inside it; the rest comes after it.
import { expect, test } from '@playwright/test';
import { DECKS } from './decks.ts';
import { openDeck, zoomInAndOut } from './presenter.ts';

test('the first paint waits for no style sheet and no font file: the first slide’s fonts come inside the page', async ({ browser }) => {
  // The first paint is the page before reveal.js arrives: open it with the script files held back.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(/\.m?js(?:\?|$)/u, (route) => route.abort());
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|FontFace/iu.test(message.text())) refused.push(message.text());
  });
  await page.goto(DECKS.arabic.url);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const { fetched, blocking, inPage } = await page.evaluate(() => ({
    fetched: performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.woff2'))
      .map((entry) => entry.name),
    blocking: performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking')
      .map((entry) => entry.name),
    // The faces the page's own script gave the browser, each read and ready.
    inPage: [...document.fonts].filter((face) => face.family.endsWith('(cover)') && face.status === 'loaded').length,
  }));
  expect(refused).toEqual([]);
  // The style sheet is inside the page, and so are the fonts: nothing holds the paint back.
  expect(blocking).toEqual([]);
  expect(fetched).toEqual([]);
  expect(inPage).toBeGreaterThan(0);
  // And they drew the first slide: a web font, when no font file was fetched (Chrome names the face inside the file).
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.reveal .slides > section:first-of-type h1' });
  const drawn = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts;
  expect(drawn.map((font) => [font.familyName, font.isCustomFont])).toEqual([['Noto Kufi Arabic', true]]);
  await context.close();
});

test('with scripts off the first paint fetches the same cuts as files, preloaded, about half the bytes of the deck’s own', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(DECKS.arabic.url);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.woff2'))
      .map((entry) => ({ url: entry.name, by: (entry as PerformanceResourceTiming).initiatorType })),
  );
  await context.close();
  const fetched = entries.map((entry) => entry.url);
  expect(fetched.length).toBeGreaterThan(0);
  // Asked for by the <noscript> preloads as the head arrives, not once the style sheet has been applied.
  expect(entries.filter((entry) => entry.by !== 'link')).toEqual([]);
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
