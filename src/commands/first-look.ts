// The build's look at its own first slide (src/browser/first-look.ts), put to use: the link-preview picture,
// the first slide's own cut of the fonts it paints with (src/deck/cover-fonts.ts), carried inside the page
// (src/deck/cover-font-script.ts), and the page's style sheet moved inside it (src/deck/inline-styles.ts).
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromiumExecutable } from '../browser/chromium.ts';
import { type FirstLook, lookAtFirstSlide } from '../browser/first-look.ts';
import { type CoverFace, coverFontScript, withCoverFontScript } from '../deck/cover-font-script.ts';
import { coverFontCss, type FaceRule } from '../deck/cover-fonts.ts';
import { linkedStyleSheet, styleSheetFile, withInlineStyleSheet } from '../deck/inline-styles.ts';
import { withFontPreloads } from '../deck/page.ts';
import { inUnicodeRange, unicodeRange } from '../deck/unicode-range.ts';
import { codePointsOf, cutFont } from '../vite/font-files.ts';

/**
 * Gives the build at `dir` its link-preview picture, cuts the fonts its first paint draws with to the
 * first slide's characters and puts those cuts inside its page (and beside it, for a reader with scripts
 * off, preloaded only for them), and puts its style sheet inside its page (the file is removed). Without
 * Chromium the page is left linking its style sheet, with no picture and no cuts, and the reason is returned.
 */
export async function addFirstLook(dir: string): Promise<string | undefined> {
  const index = join(dir, 'index.html');
  try {
    const look = await lookAtFirstSlide(dir, chromiumExecutable());
    await inlineFirstPaint(dir, look, await cutCoverFaces(dir, look));
    return undefined;
  } catch (error) {
    const html = await readFile(index, 'utf8');
    await writeFile(index, html.replace(/\s*<meta [^>]*(og:image|twitter:image)[^>]*>/gu, '').replace('summary_large_image', 'summary'));
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

// -- internal --

/** Each face the first paint drew with, cut to the first slide's characters, written beside its file. */
async function cutCoverFaces(dir: string, look: FirstLook): Promise<CoverFace[]> {
  const characters = [...new Set(look.coverText)].filter((c) => c.trim() !== '');
  const cuts: CoverFace[] = [];
  // One at a time: two cuts at once in the same HarfBuzz instance can fail.
  for (const face of characters.length === 0 ? [] : look.faces) {
    const cut = await cutCoverFace(dir, face, characters);
    if (cut !== undefined) cuts.push(cut);
  }
  return cuts;
}

/** `face` cut to those of `characters` its rule gives it, or undefined when it draws none of them. */
async function cutCoverFace(dir: string, face: FaceRule, characters: readonly string[]): Promise<CoverFace | undefined> {
  const used = characters.filter((c) => inUnicodeRange(face.unicodeRange, c.codePointAt(0) ?? 0));
  if (used.length === 0) return undefined;
  // The space too: the words between the letters are measured with it.
  const bytes = await cutFont(await readFile(join(dir, face.file)), ` ${used.join('')}`);
  const drawn = [...(await codePointsOf(bytes))].filter((c) => inUnicodeRange(face.unicodeRange, c));
  if (drawn.length === 0) return undefined;
  const file = face.file.replace(/(\.woff2)?$/u, `-cover-${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.woff2`);
  await writeFile(join(dir, file), bytes);
  return { ...face, file, unicodeRange: unicodeRange(drawn), bytes };
}

async function inlineFirstPaint(dir: string, look: FirstLook, cover: readonly CoverFace[]): Promise<void> {
  const index = join(dir, 'index.html');
  // The cuts are in the page: preloaded is a file the first paint drew with outside the first slide, and
  // the cuts' files for a browser that runs no script (and so draws from them).
  const cutFrom = new Set(cover.length === 0 ? [] : look.faces.map((face) => face.file));
  const others = look.fontFiles.filter((file) => !cutFrom.has(file));
  const page = withFontPreloads(await readFile(index, 'utf8'), others, cover.map((face) => face.file));
  const coverCss = coverFontCss(cover, look.stacks);
  const html = coverCss === '' ? page : withCoverFontScript(page.replace('</head>', () => `  <style>${coverCss}</style>\n  </head>`), coverFontScript(cover));
  const href = linkedStyleSheet(html);
  if (href === undefined) return writeFile(index, html);
  const sheetFile = styleSheetFile(href);
  await writeFile(index, withInlineStyleSheet(html, { href, css: await readFile(join(dir, sheetFile), 'utf8') }));
  await rm(join(dir, sheetFile));
}
