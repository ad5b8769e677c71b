// deck pptx's file as LibreOffice Impress draws it, with only the fonts deck pptx wrote beside it: one page
// per slide, the deck's own Arabic faces embedded (no fallback face), and every slide's words on its page.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { withExtractableLigatures } from '../../src/pdf/ligature-text.ts';
import { recordingConsole } from '../helpers.ts';
import { pdfjsText, popplerText, recall, wordsOf } from '../../src/bench/recall.ts';

let dir: string;
let pdf: string;
let notesPdf: string;
let slideTexts: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deck-pptx-render-'));
  const pptx = join(dir, 'deck.pptx');
  expect(await main(['pptx', '--out', pptx], { console: recordingConsole(), error: () => {} })).toBe(0);
  pdf = await renderWithLibreOffice(pptx, join(dir, 'fonts'));
  notesPdf = await renderWithLibreOffice(pptx, join(dir, 'fonts'), NOTES_PAGES, 'notes');
  slideTexts = await textsOfSlides(pptx);
}, 180_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('deck pptx, as LibreOffice Impress draws it', () => {
  it('draws one page per slide', () => {
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(new RegExp(`^Pages:\\s+${slideTexts.length}$`, 'mu'));
  });

  it('embeds the deck’s Arabic faces from out/fonts/ and no fallback face', () => {
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    const names = fonts.map((line) => line.split(/\s+/u)[0]?.replace(/^[A-Z]{6}\+/u, '') ?? '');
    expect(names).toEqual(expect.arrayContaining(['IBMPlexSansArabic-Regular', 'IBMPlexSansArabic-Bold', 'NotoKufiArabic-Bold']));
    // OpenSymbol draws the bullet squares; every letter is in one of the deck's faces.
    expect(names.filter((name) => !/^(?:IBMPlexSansArabic|NotoKufiArabic)-|^OpenSymbol$/u.test(name))).toEqual([]);
    for (const line of fonts) expect(line).toMatch(/\syes\s+yes\s/u);
  });

  it('shows every slide’s words on its own page, as pdftotext and pdf.js read them', async () => {
    // LibreOffice's PDF maps right-to-left ligatures as Chromium's does (letters come out reversed): the same
    // ToUnicode fix deck pdf applies is applied here before reading, so the test reads what was drawn.
    const fixed = join(dir, 'readable.pdf');
    await writeFile(fixed, (await withExtractableLigatures(new Uint8Array(await readFile(pdf)))).pdf);
    const everyWord = wordsOf(slideTexts.join(' '));
    const poppler = recall(everyWord, popplerText(fixed));
    const pdfjs = recall(everyWord, await pdfjsText(fixed));
    console.log(`pptx as LibreOffice draws it: pdftotext finds ${(poppler.share * 100).toFixed(1)}%, pdf.js ${(pdfjs.share * 100).toFixed(1)}% of ${everyWord.length} words`);
    expect(poppler.share, poppler.missing.join(' ')).toBeGreaterThanOrEqual(0.95);
    expect(pdfjs.share, pdfjs.missing.join(' ')).toBeGreaterThanOrEqual(0.95);
    for (const [index, text] of slideTexts.entries()) {
      const page = execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), fixed, '-'], { encoding: 'utf8' });
      const words = wordsOf(text);
      // A page's share is lower than the deck's where its headline is long: LibreOffice places the heading
      // face's glyphs one by one, and pdftotext splits some of those words («السي ن اري وهات»).
      expect(recall(words, page).share, `slide ${index + 1}`).toBeGreaterThanOrEqual(0.6);
    }
  });
});

describe('deck pptx’s notes pages, as LibreOffice prints them', () => {
  it('prints each slide’s notes on a portrait page, right-aligned under the slide', () => {
    const info = execFileSync('pdfinfo', [notesPdf], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`^Pages:\\s+${slideTexts.length}$`, 'mu'));
    const [width, height] = (/^Page size:\s+([\d.]+) x ([\d.]+)/mu.exec(info) ?? []).slice(1).map(Number);
    expect(height).toBeGreaterThan(width ?? Infinity);
    // The outlooks' notes, a paragraph of several lines under the slide: drawn, its lines' right ends
    // in one column and their left ends ragged (measured on the page's pixels: text extraction reorders).
    const lines = inkLines(execFileSync('pdftoppm', ['-gray', '-r', '50', '-f', '11', '-l', '11', notesPdf], { maxBuffer: 1 << 24 }));
    const notes = lines.filter((line) => line.top > 0.5 * line.pageHeight && line.top < 0.9 * line.pageHeight);
    expect(notes.length).toBeGreaterThan(3);
    const rights = notes.map((line) => line.right);
    const lefts = notes.map((line) => line.left);
    expect(Math.max(...rights) - Math.min(...rights)).toBeLessThanOrEqual(3);
    expect(Math.max(...lefts) - Math.min(...lefts)).toBeGreaterThan(10);
  });
});

// -- helpers --

interface InkLine {
  top: number;
  left: number;
  right: number;
  pageHeight: number;
}

/** The rows of dark pixels of a grey PGM page (pdftoppm -gray), grouped into lines, with their left and right ends. */
function inkLines(pgm: Buffer): InkLine[] {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/u.exec(pgm.subarray(0, 40).toString('latin1'));
  const [width, height] = [Number(header?.[1]), Number(header?.[2])];
  const pixels = pgm.subarray(header?.[0].length ?? 0);
  const lines: InkLine[] = [];
  let current: InkLine | undefined;
  for (let y = 0; y < height; y++) {
    const row = pixels.subarray(y * width, (y + 1) * width);
    const first = row.findIndex((v) => v < 100);
    if (first === -1) {
      current = undefined;
      continue;
    }
    const last = width - 1 - [...row].reverse().findIndex((v) => v < 100);
    if (current === undefined) lines.push((current = { top: y, left: first, right: last, pageHeight: height }));
    else Object.assign(current, { left: Math.min(current.left, first), right: Math.max(current.right, last) });
  }
  return lines;
}

/** LibreOffice's PDF filter options for notes pages only. */
const NOTES_PAGES = 'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"},"ExportOnlyNotesPages":{"type":"boolean","value":"true"}}';

/** The .pptx as LibreOffice prints it, seeing the fonts in `fonts` through a fontconfig of its own. */
async function renderWithLibreOffice(pptx: string, fonts: string, filter = 'pdf', folder = '.'): Promise<string> {
  const config = join(dir, 'fonts.conf');
  const outdir = join(dir, folder);
  await writeFile(config, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${fonts}</dir><include ignore_missing="yes">/etc/fonts/fonts.conf</include><cachedir>${join(dir, 'fc-cache')}</cachedir></fontconfig>`);
  const args = [`-env:UserInstallation=file://${join(dir, 'office-profile')}`, '--headless', '--convert-to', filter, '--outdir', outdir, pptx];
  execFileSync('soffice', args, { env: { ...process.env, FONTCONFIG_FILE: config }, stdio: 'pipe', timeout: 150_000 });
  const out = join(outdir, 'deck.pdf');
  // soffice exits 0 when it could not convert: only the file says it did.
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no PDF for ${pptx}`);
  return out;
}

/** The text of each slide as the package holds it, in slide order. */
async function textsOfSlides(pptx: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readFile(pptx));
  const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/u.test(n));
  names.sort((a, b) => Number(/\d+/u.exec(a)?.[0]) - Number(/\d+/u.exec(b)?.[0]));
  return Promise.all(names.map(async (name) => [...(await zip.file(name)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/gu)].map((m) => m[1]).join(' ')));
}

