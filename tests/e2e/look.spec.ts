// The deck reads as an institute's briefing: balanced headlines, dividers and running labels, a footer, one
// numeral system, a cover that says who, what and when.
import { expect, type Page, test } from '@playwright/test';
import { DECKS } from './decks.ts';
import { forEachSlide, openDeck } from './presenter.ts';

/** The words on the last line of each heading of the slide on show (measured from the line boxes). */
async function lastLineWords(page: Page): Promise<{ text: string; words: number; total: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.reveal .slides section.present :is(h1, h2)')].map((heading) => {
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      const tops: number[] = [];
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\S+/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const rect = range.getClientRects()[0];
          if (rect !== undefined) tops.push(Math.round(rect.top));
        }
      }
      const last = Math.max(...tops);
      return { text: heading.textContent ?? '', words: tops.filter((top) => Math.abs(top - last) < 8).length, total: tops.length };
    }),
  );
}

/** Every number the deck itself writes on the slide on show: the slide counter and the running label. */
async function interfaceNumbers(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slide-number, .reveal .slides section.present .running-label')].map((e) => e.textContent ?? '').join(' '),
  );
}

test('no headline leaves a word alone on its last line', async ({ page }) => {
  for (const deck of [DECKS.arabic.url, DECKS.briefing.url]) {
    await openDeck(page, deck);
    await forEachSlide(page, async (index) => {
      for (const heading of await lastLineWords(page)) {
        if (heading.total >= 2) expect(heading.words, `slide ${index + 1}: «${heading.text}»`).toBeGreaterThanOrEqual(2);
      }
    });
  }
});

test('a divider opens each group of points, whose slides say where they are in it, with the footer under them', async ({ page }) => {
  await openDeck(page, DECKS.arabic.url, '#/causes');
  await expect(page.locator('#causes h2')).toHaveText('أسباب متعددة');
  await expect(page.locator('#causes ol > li')).toHaveCount(5);
  for (let n = 1; n <= 5; n++) {
    await expect(page.locator(`#cause-${n} .running-label`)).toHaveText(`الأسباب — ${n} من 5`);
  }
  const withFooter = await page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides > section')].map((s) => [s.id, s.querySelector('.slide-footer')?.textContent ?? '']),
  );
  for (const [id, footer] of withFooter) {
    if (['title', 'causes', 'source'].includes(id ?? '')) expect(footer, id).toBe('');
    else expect(footer, id).toContain('المركز الاقليمي للبحوث والدراسات الاستراتيجية');
  }
});

test('the deck writes all its own numbers in one numeral system: the article’s, or the one its title slide sets', async ({ page }) => {
  for (const [url, digits, other] of [
    [DECKS.arabic.url, /[0-9]/u, /[\u0660-\u0669]/u],
    [DECKS.briefing.url, /[\u0660-\u0669]/u, /[0-9]/u],
  ] as const) {
    await openDeck(page, url);
    await forEachSlide(page, async (index) => {
      const numbers = await interfaceNumbers(page);
      expect(numbers, `slide ${index + 1}`).toMatch(digits);
      expect(numbers, `slide ${index + 1}`).not.toMatch(other);
    });
    await openDeck(page, url, '#/agenda');
    const counter = await page.evaluate(() => getComputedStyle(document.querySelector('#agenda li') as Element, '::before').content);
    expect(counter).toContain(url === DECKS.briefing.url ? 'arabic-indic' : 'counter(agenda)');
  }
});

test('the cover names who presents it and when, under the institution’s logo', async ({ page }) => {
  await openDeck(page, DECKS.briefing.url);
  await expect(page.locator('#title .cover-line')).toHaveText('سلمى الحداد | ٣ آذار ٢٠٢٥');
  expect(await page.locator('#title .cover-logo').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('#title .kicker')).toHaveText('تقدير موقف');
});
