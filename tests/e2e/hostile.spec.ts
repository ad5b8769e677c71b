// A deck made from a hostile article, in the browser: no dialog, no request out, no global set, and it lays out.
import { expect, test } from '@playwright/test';
import { DECKS } from './decks.ts';
import { forEachSlide, openDeck, spilledContent } from './presenter.ts';

const URL = DECKS.hostile.url;

test('runs none of the article’s markup, loads nothing from elsewhere, and still lays out', async ({ page }) => {
  const dialogs: string[] = [];
  const outside: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(URL)) outside.push(request.url());
  });
  await openDeck(page, URL);
  await forEachSlide(page, async (index) => {
    expect(await spilledContent(page), `slide ${index + 1}`).toEqual([]);
  });
  expect(dialogs).toEqual([]);
  expect(outside).toEqual([]);
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
});

test('an unclosed right-to-left override in one bullet does not reverse the next', async ({ page }) => {
  // On the slide it changes: reveal lays out only the slides next to the one shown.
  await openDeck(page, URL, '#/context');
  // The same two bullets, with and without an unclosed U+202E in the first.
  const pictures = await page.evaluate(() => {
    const slide = document.querySelector('#context .slide-frame');
    const list = document.createElement('ul');
    list.innerHTML = '<li>first</li><li>Latin words after: one two three</li>';
    const control = list.cloneNode(true) as HTMLUListElement;
    const first = list.querySelector('li');
    if (first !== null) first.textContent = 'عكس \u202Eبلا إغلاق abc';
    const controlFirst = control.querySelector('li');
    if (controlFirst !== null) controlFirst.textContent = 'عكس بلا إغلاق abc';
    slide?.replaceChildren(list, control);
    const second = (ul: HTMLUListElement): string[] => {
      const item = ul.querySelectorAll('li')[1];
      const range = document.createRange();
      if (item?.firstChild) range.selectNodeContents(item.firstChild);
      return [...range.getClientRects()].map((r) => `${Math.round(r.left - (item?.getBoundingClientRect().left ?? 0))}:${Math.round(r.width)}`);
    };
    return { hostile: second(list), control: second(control) };
  });
  expect(pictures.hostile).toEqual(pictures.control);
  // And the override itself stays inside its own bullet: the next bullet reads left to right.
  const order = await page.evaluate(() => {
    const item = document.querySelectorAll('#context ul')[0]?.querySelectorAll('li')[1];
    const text = item?.firstChild;
    if (text === null || text === undefined) return [];
    const position = (offset: number): number => {
      const range = document.createRange();
      range.setStart(text, offset);
      range.setEnd(text, offset + 1);
      return range.getBoundingClientRect().left;
    };
    return [position(0), position((text.textContent ?? '').indexOf('three'))];
  });
  expect(order[0] ?? 0).toBeLessThan(order[1] ?? 0);
});
