// Opening a shared link: the first slide's fonts are asked for with the page, not after the script has run.
import { expect, test } from '@playwright/test';
import { DECKS } from './decks.ts';
import { openDeck } from './presenter.ts';

test('the first view fetches exactly the fonts the page preloads, each once, through its preload', async ({ page }) => {
  await openDeck(page, DECKS.arabic.url);
  const { preloaded, fetched } = await page.evaluate(() => ({
    preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map((link) => link.href).sort(),
    fetched: performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.woff2'))
      .map((entry) => ({ url: entry.name, by: (entry as PerformanceResourceTiming).initiatorType })),
  }));
  expect(preloaded.length).toBeGreaterThan(0);
  expect(fetched.map((f) => f.url).sort()).toEqual(preloaded);
  // Fetched by the <link>, so at once, while the script downloads; not by the style sheet once laid out.
  expect(fetched.filter((f) => f.by !== 'link')).toEqual([]);
});
