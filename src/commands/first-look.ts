// The build's look at its own first slide (src/browser/first-look.ts), put to use: the link-preview picture,
// the first paint's fonts preloaded, and the page's style sheet moved inside it (src/deck/inline-styles.ts).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromiumExecutable } from '../browser/chromium.ts';
import { lookAtFirstSlide } from '../browser/first-look.ts';
import { linkedStyleSheet, styleSheetFile, withInlineStyleSheet } from '../deck/inline-styles.ts';
import { withFontPreloads } from '../deck/page.ts';

/**
 * Gives the build at `dir` its link-preview picture, preloads the fonts its first paint draws with and
 * puts its style sheet inside its page (the file is removed). Without Chromium the page is left linking
 * its style sheet, with no picture and no preloads, and the reason is returned.
 */
export async function addFirstLook(dir: string): Promise<string | undefined> {
  const index = join(dir, 'index.html');
  try {
    const { fontFiles } = await lookAtFirstSlide(dir, chromiumExecutable());
    await inlineFirstPaint(dir, fontFiles);
    return undefined;
  } catch (error) {
    const html = await readFile(index, 'utf8');
    await writeFile(index, html.replace(/\s*<meta [^>]*(og:image|twitter:image)[^>]*>/gu, '').replace('summary_large_image', 'summary'));
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

// -- internal --

async function inlineFirstPaint(dir: string, fontFiles: readonly string[]): Promise<void> {
  const index = join(dir, 'index.html');
  const html = withFontPreloads(await readFile(index, 'utf8'), fontFiles);
  const href = linkedStyleSheet(html);
  if (href === undefined) return writeFile(index, html);
  const sheetFile = styleSheetFile(href);
  const css = await readFile(join(dir, sheetFile), 'utf8');
  await writeFile(index, withInlineStyleSheet(html, { href, css }));
  await rm(join(dir, sheetFile));
}
