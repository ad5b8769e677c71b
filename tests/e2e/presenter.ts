// What a test needs to drive a deck as a presenter does, and to look at what the audience sees.
import { expect, type Locator, type Page } from '@playwright/test';

export interface Position {
  /** 0-based slide index. */
  index: number;
  id: string;
  fragment: number | undefined;
}

/** Opens the deck (at `hash`, if given) and waits until reveal is ready and every web font has loaded. */
export async function openDeck(page: Page, url: string, hash = ''): Promise<void> {
  await page.goto(`${url}${hash}`);
  await page.waitForFunction(() => window.deck?.isReady());
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

export async function position(page: Page): Promise<Position> {
  return page.evaluate(() => {
    const { h, f } = window.deck.getIndices();
    return { index: h, id: window.deck.getCurrentSlide().id, fragment: f };
  });
}

export async function slideCount(page: Page): Promise<number> {
  return page.evaluate(() => window.deck.getTotalSlides());
}

/** Goes to slide `index` with all its fragments shown, as the audience sees it last. */
export async function showWhole(page: Page, index: number): Promise<void> {
  await page.evaluate((i) => {
    const slide = window.deck.getSlides()[i];
    const fragments = slide?.querySelectorAll('.fragment').length ?? 0;
    window.deck.slide(i, 0, fragments > 0 ? fragments - 1 : undefined);
  }, index);
  // Let the slide transition finish, so boxes are measured where they end up.
  await page.waitForFunction((i) => {
    const present = document.querySelector('.reveal .slides > section.present');
    return present === window.deck.getSlides()[i] && getComputedStyle(present).transform === 'none';
  }, index);
  await page.waitForTimeout(350);
}

/** Shows every slide in turn, whole, and calls `look` on each with its 0-based index. */
export async function forEachSlide(page: Page, look: (index: number) => Promise<void>): Promise<void> {
  const count = await slideCount(page);
  for (let index = 0; index < count; index++) {
    await showWhole(page, index);
    await look(index);
  }
}

/** What the slide on show lets spill: content taller than its frame, and elements reaching outside it. */
export async function spilledContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const frame = document.querySelector<HTMLElement>('.reveal .slides section.present .slide-frame');
    if (frame === null) return ['no slide shown'];
    const box = frame.getBoundingClientRect();
    const tooTall = frame.scrollHeight > frame.clientHeight + 1 ? [`content ${frame.scrollHeight}px tall in a ${frame.clientHeight}px frame`] : [];
    const outside = [...frame.querySelectorAll<HTMLElement>('*')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.right > box.right + 1);
    });
    return [...tooTall, ...outside.map((el) => `${el.tagName} «${(el.textContent ?? '').slice(0, 30)}» outside the slide`)];
  });
}

/** Ctrl+clicks `target` (the zoom key on Linux): the page zooms in there; a second Ctrl+click zooms back out. */
export async function zoomInAndOut(page: Page, target: Locator): Promise<void> {
  const transform = (): Promise<string> => page.evaluate(() => document.body.style.transform);
  await target.click({ modifiers: ['Control'] });
  await expect.poll(transform).toContain('scale(2)');
  await target.click({ modifiers: ['Control'] });
  await expect.poll(transform).toBe('');
}
