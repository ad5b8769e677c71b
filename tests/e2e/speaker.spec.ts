// The speaker view: S opens it, it shows the current slide's notes right to left in the deck's font, and follows.
import { expect, test, type Page } from '@playwright/test';
import { DECKS } from './decks.ts';
import { openDeck } from './presenter.ts';

const URL = DECKS.arabic.url;

async function openSpeakerView(page: Page): Promise<Page> {
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await popup.waitForSelector('html[data-deck-speaker-view] .speaker-controls-notes:not(.hidden) .value p');
  return popup;
}

const notesOf = (page: Page, id: string): Promise<string> =>
  page.evaluate((slideId) => document.querySelector(`#${slideId} aside.notes p`)?.textContent ?? '', id);

test('S opens the speaker view with the current slide’s notes, right to left, in the deck’s font', async ({ page }, testInfo) => {
  await openDeck(page, URL, '#/cause-1');
  const popup = await openSpeakerView(page);
  const notes = popup.locator('.speaker-controls-notes .value');
  await expect(notes).toContainText((await notesOf(page, 'cause-1')).slice(0, 60));

  const look = await popup.evaluate(() => {
    const value = document.querySelector('.speaker-controls-notes .value p');
    const style = value === null ? undefined : getComputedStyle(value);
    return { dir: document.documentElement.dir, direction: style?.direction, align: style?.textAlign, label: document.querySelector('.speaker-controls-notes .label')?.textContent };
  });
  expect(look).toEqual({ dir: 'rtl', direction: 'rtl', align: 'start', label: 'ملاحظات المتحدث' });

  const cdp = await popup.context().newCDPSession(popup);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.speaker-controls-notes .value p' });
  const families = new Set<string>();
  for (const nodeId of nodeIds) for (const font of (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts) families.add(font.familyName);
  expect([...families]).toEqual(['IBM Plex Sans Arabic']);

  // The clock, the elapsed timer and the pacing timer are all on show.
  await expect(popup.locator('.speaker-controls-time .clock-value')).not.toHaveText('0:00 AM');
  await expect(popup.locator('.speaker-controls-time .pacing')).toBeVisible();
  await expect(popup.locator('#upcoming-slide iframe')).toBeVisible();
  await popup.waitForTimeout(1500);
  await popup.screenshot({ path: testInfo.outputPath('speaker-view.png') });
});

test('the speaker view follows the main window', async ({ page }) => {
  await openDeck(page, URL, '#/agenda');
  const popup = await openSpeakerView(page);
  const notes = popup.locator('.speaker-controls-notes .value');
  await expect(notes).toContainText(await notesOf(page, 'agenda'));
  await page.bringToFront();
  await page.keyboard.press('ArrowLeft');
  await expect(notes).toContainText((await notesOf(page, 'context')).slice(0, 60));
  await page.evaluate(() => window.deck.slide(8));
  await expect(notes).toContainText((await notesOf(page, 'cause-5')).slice(0, 60));
});
