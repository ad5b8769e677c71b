/// <reference lib="dom" />
// Waiting for a deck opened in Chromium to be ready to look at: reveal laid out, every web font loaded.
// (The DOM types above are for the functions passed to page.waitForFunction, which run in the page.)
import type { Page } from 'playwright-core';

interface DeckWindow {
  deck?: { isReady(): boolean };
}

/**
 * Waits until reveal is ready (and, in print mode, has laid out its pages) and every web font has
 * loaded. Functions, not strings: the deck's policy forbids evaluating strings.
 */
export async function waitForDeck(page: Page, { print }: { print: boolean }): Promise<void> {
  await page.waitForFunction(
    (printing) => (window as DeckWindow).deck?.isReady() === true && (!printing || document.querySelector('.pdf-page') !== null),
    print,
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}
