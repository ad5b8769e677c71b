// Starts the Chromium the deck is printed and photographed with, or says plainly why it cannot.
import { chromium, type Browser } from 'playwright-core';
import { ExportError } from '../errors.ts';
import { CHROMIUM_ARGS } from './chromium.ts';

export async function launchChromium(executablePath: string | undefined): Promise<Browser> {
  try {
    return await chromium.launch({ args: [...CHROMIUM_ARGS], ...(executablePath === undefined ? {} : { executablePath }) });
  } catch (error) {
    const which = executablePath ?? "Playwright's own Chromium";
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    throw new ExportError('chromium-missing', `cannot start Chromium (${which}): ${reason}`, {
      hint: 'Install it ("apt-get install chromium") or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    });
  }
}
