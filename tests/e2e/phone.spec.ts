// A slide link opened on a phone: reveal's scroll view shows the slide the link names, and the address follows the reader.
import { expect, type Browser, type BrowserContext, test } from '@playwright/test';
import { DECKS } from './decks.ts';
import { openDeck } from './presenter.ts';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } as const;

let phone: BrowserContext;

test.beforeEach(async ({ browser }: { browser: Browser }) => {
  phone = await browser.newContext(PHONE);
});

test.afterEach(async () => {
  await phone.close();
});

/** Where the phone's reader is: the slide reveal counts as current, the one filling the screen, and the address. */
async function readerAt(hash: string): Promise<{ current: string; onScreen: string; hash: string; scrollView: boolean }> {
  // A fresh page for each link, as when the link is tapped in a message: not a hash change in an open deck.
  const page = await phone.newPage();
  await openDeck(page, DECKS.arabic.url, hash);
  await page.waitForTimeout(1200); // reveal writes the address at most once a second
  const at = await page.evaluate(() => {
    const middle = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2)?.closest('.scroll-page section');
    return {
      current: window.deck.getCurrentSlide().id,
      onScreen: middle?.id ?? '',
      hash: window.location.hash,
      scrollView: document.querySelector('.reveal-viewport')?.classList.contains('reveal-scroll') === true,
    };
  });
  await page.close();
  return at;
}

test('a slide link opened on a phone shows that slide, scrolled to, and keeps its address', async () => {
  for (const [hash, id] of [
    ['#/5', 'cause-1'],
    ['#/cause-1', 'cause-1'],
    ['#/outlooks', 'outlooks'],
    ['#/13', 'source'],
  ] as const) {
    const at = await readerAt(hash);
    expect(at, hash).toMatchObject({ scrollView: true, current: id, onScreen: id });
    expect(at.hash, hash).toMatch(new RegExp(`^#/${id}(/-?\\d+)?$`, 'u'));
  }
});

test('a link without a slide still opens the cover on a phone', async () => {
  expect(await readerAt('')).toMatchObject({ current: 'title', onScreen: 'title' });
});

test('tapping an agenda entry on a phone moves to its slide and the address follows', async () => {
  const page = await phone.newPage();
  await openDeck(page, DECKS.arabic.url, '#/agenda');
  await page.locator('#agenda a[href="#/outlooks"]').tap();
  await expect.poll(() => page.evaluate(() => window.deck.getCurrentSlide().id)).toBe('outlooks');
  await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: 3000 }).toMatch(/^#\/outlooks(\/-?\d+)?$/u);
  // Scrolling on to another slide moves the address too, so a link copied from the bar opens where the reader is.
  await page.evaluate(() => {
    const conclusion = document.querySelector('#conclusion')?.closest<HTMLElement>('.scroll-page');
    document.querySelector('.reveal-viewport')?.scrollTo({ top: conclusion?.offsetTop ?? 0 });
  });
  await expect.poll(() => page.evaluate(() => window.deck.getCurrentSlide().id)).toBe('conclusion');
  await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: 3000 }).toMatch(/^#\/conclusion(\/-?\d+)?$/u);
  await page.close();
});
