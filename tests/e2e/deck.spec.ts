// The Arabic deck as a presenter and the audience meet it: keys, deep links, layout, fonts, links, colours.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DECKS } from './decks.ts';
import { forEachSlide, openDeck, position, slideCount, spilledContent, zoomInAndOut } from './presenter.ts';

const URL = DECKS.arabic.url;
const SLIDE_FILES = readdirSync(join(import.meta.dirname, '..', '..', 'slides')).filter((n) => /^\d+-.*\.md$/u.test(n));
// A web font reports the family name inside its file, which names the weight: «IBM Plex Sans Arabic SemiBold».
const DECK_FONTS = ['IBM Plex Sans Arabic', 'Noto Kufi Arabic'];
const isDeckFont = (font: { familyName: string; isCustomFont: boolean }): boolean =>
  font.isCustomFont && DECK_FONTS.some((family) => font.familyName.startsWith(family));

test('has one slide per slide file, each with speaker notes', async ({ page }) => {
  await openDeck(page, URL);
  expect(await slideCount(page)).toBe(SLIDE_FILES.length);
  const notes = await page.evaluate(() => window.deck.getSlides().map((s) => window.deck.getSlideNotes(s)?.trim() ?? ''));
  expect(notes.every((n) => n.length > 0)).toBe(true);
});

test('moves forward with ArrowLeft, Space and PageDown, and back with ArrowRight', async ({ page }) => {
  await openDeck(page, URL);
  expect((await position(page)).id).toBe('title');
  await page.keyboard.press('ArrowLeft');
  expect((await position(page)).id).toBe('agenda');
  await page.keyboard.press('ArrowRight');
  expect((await position(page)).id).toBe('title');
  await page.keyboard.press('Space');
  expect((await position(page)).id).toBe('agenda');
  await page.keyboard.press('PageDown');
  expect((await position(page)).id).toBe('context');
  // On a slide with bullets, the next key shows the next bullet before leaving the slide.
  await page.keyboard.press('ArrowLeft');
  expect(await position(page)).toMatchObject({ id: 'context', fragment: 0 });
});

test('opens slide N from #/N, and a slide by its name from #/id', async ({ page }) => {
  await openDeck(page, URL, '#/5');
  expect((await position(page)).id).toBe('cause-1');
  await openDeck(page, URL, '#/cause-3');
  expect((await position(page)).index).toBe(6);
});

test('takes the agenda links to the slides they name', async ({ page }) => {
  await openDeck(page, URL, '#/agenda');
  const links = await page.locator('#agenda a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(links.length).toBeGreaterThanOrEqual(4);
  for (const href of links) {
    await page.evaluate(() => window.deck.slide(1));
    await page.locator(`#agenda a[href="${href}"]`).click();
    await expect.poll(async () => (await position(page)).id).toBe(href.slice(2));
  }
});

test('fits every slide on the 1280×720 canvas, all bullets shown, and saves a picture of each', async ({ page }, testInfo) => {
  await openDeck(page, URL);
  await forEachSlide(page, async (index) => {
    expect(await spilledContent(page), `slide ${index + 1}`).toEqual([]);
    const { id } = await position(page);
    await page.screenshot({ path: testInfo.outputPath(`slides/${String(index + 1).padStart(2, '0')}-${id}.png`) });
  });
});

test('draws every text of every slide with the deck’s own fonts, not a system fallback', async ({ page }) => {
  await openDeck(page, URL);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const foreign = new Map<string, Set<string>>();
  const used = new Set<string>();
  await forEachSlide(page, async (index) => {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: '.reveal .slides > section.present :is(h1, h2, h3, p, li, a, strong, em, span), .reveal .slide-number a',
    });
    expect(nodeIds.length, `text elements on slide ${index + 1}`).toBeGreaterThan(0);
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts) {
        if (isDeckFont(font)) used.add(DECK_FONTS.find((family) => font.familyName.startsWith(family)) ?? '');
        else foreign.set(font.familyName, (foreign.get(font.familyName) ?? new Set()).add(`slide ${index + 1}`));
      }
    }
  });
  expect([...foreign].map(([family, where]) => `${family} on ${[...where].join(', ')}`)).toEqual([]);
  expect([...used].sort()).toEqual([...DECK_FONTS].sort());
});

test('fills the progress bar from the right and points the controls the right-to-left way', async ({ page }) => {
  await openDeck(page, URL);
  const next = page.locator('.reveal .controls .navigate-left');
  const back = page.locator('.reveal .controls .navigate-right');
  await expect(next).toHaveClass(/enabled/u);
  await expect(back).not.toHaveClass(/enabled/u);
  expect((await next.boundingBox())?.x ?? 0).toBeLessThan((await back.boundingBox())?.x ?? 0);

  await page.evaluate(() => window.deck.slide(5));
  await page.waitForTimeout(900); // the bar animates for 0.8 s
  const bar = await page.evaluate(() => {
    const track = document.querySelector('.reveal .progress')?.getBoundingClientRect();
    const fill = document.querySelector('.reveal .progress span')?.getBoundingClientRect();
    return { trackLeft: track?.left ?? 0, trackRight: track?.right ?? 0, fillLeft: fill?.left ?? 0, fillRight: fill?.right ?? 0 };
  });
  expect(Math.abs(bar.fillRight - bar.trackRight)).toBeLessThan(1);
  expect(bar.fillLeft).toBeGreaterThan(bar.trackLeft + 100);
});

test('makes no request outside its own origin', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(URL)) outside.push(request.url());
  });
  await openDeck(page, URL);
  await forEachSlide(page, async () => {});
  expect(outside).toEqual([]);
});

test('has no serious or critical accessibility violation on any slide', async ({ page }) => {
  // An axe run per slide, thirteen of them: about 20 s here, more on a busy machine.
  test.setTimeout(180_000);
  await openDeck(page, URL);
  await forEachSlide(page, async (index) => {
    const { violations } = await new AxeBuilder({ page }).include('.reveal').analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious, `slide ${index + 1}`).toEqual([]);
  });
});

test('turns transitions off for a viewer who asks for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page, URL);
  expect(await page.evaluate(() => window.deck.getConfig().transition)).toBe('none');
});

test('Ctrl+click (Alt+click off Linux) zooms in where it is clicked, and again zooms back out', async ({ page }) => {
  await openDeck(page, URL);
  await zoomInAndOut(page, page.locator('.reveal .slides > section.present h1'));
});

test('Ctrl+Shift+F opens search, which finds a word and goes to its slide', async ({ page }) => {
  await openDeck(page, URL);
  await page.keyboard.press('Control+Shift+F');
  const box = page.locator('.reveal .searchbox input, #searchinput').first();
  await expect(box).toBeVisible();
  await box.fill('القيادات');
  // fill() types Arabic without key events; reveal's search box learns of new text from a key going up.
  await box.press('End');
  await box.press('Enter');
  // The causes divider lists «أزمة القيادات» among its points: the first slide that holds the word.
  await expect.poll(async () => (await position(page)).id).toBe('causes');
});
