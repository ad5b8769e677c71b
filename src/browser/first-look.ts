/// <reference lib="dom" />
// The build's look at its own first slide in Chromium: the picture a shared link shows, and the font files the slide needs.
// (The DOM types above are for the function passed to page.evaluate, which runs in the page.)
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { COVER, type FaceRule, FONT_STACKS } from '../deck/cover-fonts.ts';
import { PREVIEW_IMAGE, PREVIEW_SIZE } from '../deck/head.ts';
import { launchChromium } from './launch.ts';
import { serveFolder } from './serve.ts';
import { waitForDeck } from './wait.ts';

export interface FirstLook {
  /** The web-font files the first paint draws with, as paths relative to the deck's folder. */
  fontFiles: string[];
  /** The @font-face rules of those files. */
  faces: FaceRule[];
  /** The first slide's text, its speaker notes left out. */
  coverText: string;
  /** The theme's font stacks, by custom property (src/deck/cover-fonts.ts). */
  stacks: Record<string, string>;
}

/** Opens the built deck at `dir` on its first slide, writes `preview.png` (1200×675) beside it and says which fonts it fetched. */
export async function lookAtFirstSlide(dir: string, chromium: string | undefined): Promise<FirstLook> {
  const server = await serveFolder(dir);
  try {
    const browser = await launchChromium(chromium, { tool: true });
    try {
      // The first paint is what the page shows before its script runs: its fonts are the ones to preload.
      const firstPaint = await browser.newPage({ viewport: PREVIEW_SIZE, javaScriptEnabled: false });
      await firstPaint.goto(`${server.url}#/1`);
      await firstPaint.evaluate(() => document.fonts.ready.then(() => undefined));
      const fontFiles = await fetchedFontFiles(firstPaint);
      const cover = await firstPaint.evaluate(coverOf, { selector: COVER, stacks: FONT_STACKS });
      const page = await browser.newPage({ viewport: PREVIEW_SIZE });
      await page.goto(`${server.url}#/1`);
      await waitForDeck(page, { print: false });
      await photograph(page, join(dir, PREVIEW_IMAGE));
      return { fontFiles, ...cover, faces: cover.faces.filter((face) => fontFiles.includes(face.file)) };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

// -- internal --

/** Every font file the page has fetched. */
async function fetchedFontFiles(page: Page): Promise<string[]> {
  const paths = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.woff2')),
  );
  return [...new Set(paths)].map((path) => decodeURIComponent(path.replace(/^\//u, ''))).sort();
}

/** In the page: its first slide's text, the theme's font stacks there, and the page's @font-face rules. */
function coverOf({ selector, stacks }: { selector: string; stacks: readonly string[] }): Omit<FirstLook, 'fontFiles'> {
  const slide = document.querySelector(selector);
  const copy = slide?.cloneNode(true) as Element | undefined;
  for (const notes of copy?.querySelectorAll('aside.notes') ?? []) notes.remove();
  const style = slide === null ? undefined : getComputedStyle(slide);
  const faces: FaceRule[] = [];
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const url = /url\(["']?([^"')]+)["']?\)/u.exec(rule.style.getPropertyValue('src'))?.[1];
      if (url === undefined) continue;
      const file = decodeURIComponent(new URL(url, sheet.href ?? location.href).pathname.replace(/^\//u, ''));
      const family = rule.style.getPropertyValue('font-family').replace(/^(["'])(.*)\1$/u, '$2');
      faces.push({ family, weight: rule.style.getPropertyValue('font-weight'), file, unicodeRange: rule.style.getPropertyValue('unicode-range') });
    }
  }
  return { faces, coverText: copy?.textContent ?? '', stacks: Object.fromEntries(stacks.map((name) => [name, style?.getPropertyValue(name).trim() ?? ''])) };
}

async function photograph(page: Page, path: string): Promise<void> {
  // Without the controls and slide number, the picture is the slide itself.
  await page.addStyleTag({ content: '.reveal .controls, .reveal .progress, .reveal .slide-number { display: none !important; }' });
  await page.screenshot({ path });
}
