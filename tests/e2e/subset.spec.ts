// Subset fonts must draw the deck exactly as the whole fonts do: every slide, every bullet shown, compared pixel by pixel.
import { expect, test } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { DECKS } from './decks.ts';
import { openDeck, showWhole, slideCount } from './presenter.ts';

test('the subset fonts draw every slide as the whole fonts do', async ({ browser }, testInfo) => {
  const subset = await browser.newPage();
  const whole = await browser.newPage();
  await openDeck(subset, DECKS.arabic.url);
  await openDeck(whole, DECKS.wholeFonts.url);
  const count = await slideCount(subset);
  expect(count).toBe(await slideCount(whole));
  const differences: string[] = [];
  for (let index = 0; index < count; index++) {
    await showWhole(subset, index);
    await showWhole(whole, index);
    // The progress bar and controls animate; the comparison is of the slide.
    const a = PNG.sync.read(await subset.screenshot({ animations: 'disabled', mask: [subset.locator('.progress, .controls')] }));
    const b = PNG.sync.read(await whole.screenshot({ animations: 'disabled', mask: [whole.locator('.progress, .controls')] }));
    const diff = new PNG({ width: a.width, height: a.height });
    const changed = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.1 });
    const share = changed / (a.width * a.height);
    if (share > 0.001) {
      differences.push(`slide ${index + 1}: ${(share * 100).toFixed(2)}% of pixels differ`);
      await testInfo.attach(`diff-${index + 1}.png`, { body: PNG.sync.write(diff), contentType: 'image/png' });
    }
  }
  expect(differences).toEqual([]);
});
