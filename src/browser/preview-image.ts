// The picture a shared link shows: the built deck's title slide, photographed in Chromium.
import { join } from 'node:path';
import { PREVIEW_IMAGE, PREVIEW_SIZE } from '../deck/head.ts';
import { launchChromium } from './launch.ts';
import { serveFolder } from './serve.ts';
import { waitForDeck } from './wait.ts';

/** Writes `preview.png` (the title slide, 1200×675) into the built deck at `dir`. */
export async function writePreviewImage(dir: string, chromium: string | undefined): Promise<void> {
  const server = await serveFolder(dir);
  try {
    const browser = await launchChromium(chromium);
    try {
      const page = await browser.newPage({ viewport: PREVIEW_SIZE });
      await page.goto(`${server.url}#/1`);
      await waitForDeck(page, { print: false });
      // Without the controls and slide number, the picture is the slide itself.
      await page.addStyleTag({ content: '.reveal .controls, .reveal .progress, .reveal .slide-number { display: none !important; }' });
      await page.screenshot({ path: join(dir, PREVIEW_IMAGE) });
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}
