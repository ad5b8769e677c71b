// The same code, given an English article, lays the deck out left to right.
import { expect, test } from '@playwright/test';
import { DECKS } from './decks.ts';
import { openDeck, position } from './presenter.ts';

const URL = DECKS.english.url;

test('an English article gives a left-to-right deck: keys, progress bar and text mirrored', async ({ page }) => {
  await openDeck(page, URL);
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
  await page.keyboard.press('ArrowRight');
  expect((await position(page)).id).toBe('agenda');
  await page.keyboard.press('ArrowLeft');
  expect((await position(page)).id).toBe('title');

  await page.evaluate(() => window.deck.slide(3));
  await page.waitForTimeout(900);
  const layout = await page.evaluate(() => {
    const track = document.querySelector('.reveal .progress')?.getBoundingClientRect();
    const fill = document.querySelector('.reveal .progress span')?.getBoundingClientRect();
    const heading = document.querySelector('.reveal .slides > section.present h2');
    return {
      fillFromLeft: Math.abs((fill?.left ?? -1) - (track?.left ?? 0)) < 1,
      textAlign: heading === null ? '' : getComputedStyle(heading).textAlign,
      direction: heading === null ? '' : getComputedStyle(heading).direction,
    };
  });
  expect(layout).toEqual({ fillFromLeft: true, textAlign: 'start', direction: 'ltr' });
});
