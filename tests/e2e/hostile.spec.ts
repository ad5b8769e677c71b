// A deck made from a hostile article, in the browser: no dialog, no request out, no global set, and it lays out.
import { expect, test } from '@playwright/test';
import { DECKS } from './decks.ts';
import { openDeck, showWhole, slideCount } from './presenter.ts';

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
  const count = await slideCount(page);
  for (let index = 0; index < count; index++) {
    await showWhole(page, index);
    const spilled = await page.evaluate(() => {
      const frame = document.querySelector<HTMLElement>('.reveal .slides section.present .slide-frame');
      if (frame === null) return ['no slide'];
      const box = frame.getBoundingClientRect();
      const out = [...frame.querySelectorAll<HTMLElement>('h1, h2, p, li, a')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.right > box.right + 1 || r.left < box.left - 1 || r.bottom > box.bottom + 1;
      });
      return out.map((el) => (el.textContent ?? '').slice(0, 30));
    });
    expect(spilled, `slide ${index + 1}`).toEqual([]);
  }
  expect(dialogs).toEqual([]);
  expect(outside).toEqual([]);
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
});

test('an unclosed right-to-left override in one bullet does not reverse the next', async ({ page }) => {
  await openDeck(page, URL);
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
