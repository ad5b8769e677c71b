// A face's font file for the deck: cut down to the characters the deck uses (cached), or whole, with the code points it draws.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { replaceAtomically } from '../atomic.ts';

/**
 * The layout features, of those HarfBuzz's subsetter keeps by default (the groups it copies from
 * fontTools), that horizontal Arabic and Latin text uses: what a browser applies without being asked. Arabic joining (isol,
 * init, medi, fina and their variants), required and contextual ligatures (rlig, liga, calt, clig), mark
 * and cursive positioning (mark, mkmk, curs), kerning, fractions and localized forms. Stylistic sets,
 * swashes and figure styles, which the deck never asks for, are dropped with the glyphs only they reach.
 */
export const SHAPING_FEATURES = [
  ...['rvrn', 'ccmp', 'liga', 'locl', 'mark', 'mkmk', 'rlig'],
  ...['frac', 'numr', 'dnom'],
  ...['calt', 'clig', 'curs', 'kern', 'rclt'],
  ...['ltra', 'ltrm', 'rtla', 'rtlm', 'rand', 'jalt'],
  ...['init', 'medi', 'fina', 'isol', 'med2', 'fin2', 'fin3', 'cswh', 'mset', 'stch'],
];

export interface FontFile {
  /** Where the woff2 file is. */
  path: string;
  /** Every code point the file has a glyph for. */
  codePoints: ReadonlySet<number>;
}

/** The file as installed. */
export async function wholeFontFile(path: string): Promise<FontFile> {
  return { path, codePoints: await codePointsOf(await readFile(path)) };
}

/**
 * The file cut down to `characters`, kept in `cacheDir` under a hash of file and characters so that a
 * rebuild reuses it. Hinting is dropped as Google Fonts drops it for every system but Windows: it is a
 * third of the bytes, and slide text is large enough to render well without it.
 */
export async function subsetFontFile(source: string, characters: string, cacheDir: string): Promise<FontFile> {
  const font = await readFile(source);
  const key = createHash('sha256').update(font).update(characters).update(JSON.stringify(SUBSET_OPTIONS)).update(await subsetterVersion()).digest('hex').slice(0, 16);
  const path = join(cacheDir, `${source.split(/[\\/]/u).at(-1)?.replace(/-normal\.woff2$/u, '')}-${key}.woff2`);
  const cached: Buffer | undefined = await readFile(path).catch(() => undefined);
  const subset = cached ?? (await cutFont(font, characters));
  if (cached === undefined) {
    await mkdir(cacheDir, { recursive: true });
    // Renamed into place whole: a build cut short, or two at once, never leaves half a font to reuse.
    await replaceAtomically(path, (temp) => writeFile(temp, subset));
  }
  return { path, codePoints: await codePointsOf(subset) };
}

/** `font` (woff2, ttf or otf) cut down to `characters`, as woff2, with its shaping features and no hinting. */
export function cutFont(font: Buffer, characters: string): Promise<Buffer> {
  return subsetFont(font, characters, SUBSET_OPTIONS);
}

/** Every code point a woff2 file has a glyph for. */
export async function codePointsOf(woff2: Buffer): Promise<Set<number>> {
  const sfnt = await fontverter.convert(woff2, 'sfnt');
  return new Set(new Face(new Blob(new Uint8Array(sfnt))).collectUnicodes());
}

// -- internal --

const SUBSET_OPTIONS = { targetFormat: 'woff2', keepFeatures: SHAPING_FEATURES, noHinting: true } as const;

/** A new subset-font or HarfBuzz may cut differently: a cached file is reused only by the same ones. */
let subsetter: Promise<string> | undefined;
function subsetterVersion(): Promise<string> {
  const require = createRequire(import.meta.url);
  subsetter ??= readFile(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')).then((wasm) =>
    createHash('sha256').update(wasm).update((require('subset-font/package.json') as { version: string }).version).digest('hex'),
  );
  return subsetter;
}
