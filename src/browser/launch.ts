// Starts the Chromium the deck is printed and photographed with, or says plainly why it cannot.
import { chromium, type Browser } from 'playwright-core';
import { ExportError } from '../errors.ts';
import { CHROMIUM_ARGS, TOOL_ARGS } from './chromium.ts';

/** Starts Chromium; `tool` for one the deck's commands drive rather than one the bench measures as a reader's. */
export async function launchChromium(executablePath: string | undefined, { tool = false } = {}): Promise<Browser> {
  try {
    const args = tool ? [...CHROMIUM_ARGS, ...TOOL_ARGS] : [...CHROMIUM_ARGS];
    return await chromium.launch({ args, ...(executablePath === undefined ? {} : { executablePath }) });
  } catch (error) {
    const which = executablePath ?? "Playwright's own Chromium";
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    throw new ExportError('chromium-missing', `cannot start Chromium (${which}): ${reason}`, {
      hint: 'Install it ("apt-get install chromium") or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    });
  }
}
