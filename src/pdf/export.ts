// exportPdf: a built deck → a PDF, printed by Chromium in reveal's print mode, checked before it is written.
import { access, constants, readFile, stat, writeFile } from 'node:fs/promises';
import type { CompiledDeck } from '../deck/compile.ts';
import { printHandout } from './handout.ts';
import { withExtractableLigatures } from './ligature-text.ts';
import { dirname, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { chromiumExecutable } from '../browser/chromium.ts';
import { launchChromium } from '../browser/launch.ts';
import { ExportError } from '../errors.ts';
import { replaceAtomically } from '../atomic.ts';
import { diskError, writing } from '../disk-errors.ts';
import { assertOutputPath, assertReplaceableFile, makeFolder } from '../output.ts';
import { PROJECT_ROOT } from '../vite/root.ts';
import { cachedBuild } from './build-cache.ts';
import { waitForDeck } from '../browser/wait.ts';
import { layoutProblems, type PageProblem, PRINTED_PAGES, systemFontProblems } from './print-check.ts';
import { serveFolder } from '../browser/serve.ts';

export interface PdfOptions {
  /** The folder of slide files. */
  slides: string;
  /** The PDF to write. */
  out: string;
  /** Each slide followed by a page of its speaker notes. */
  notes: boolean;
  /** A notes-page handout: per A4 portrait page, the slide and its notes under it. */
  handout: boolean;
  /** The loopback port to serve the deck on while printing; 0 for a free one. */
  port: number;
  /** The Chromium to print with; undefined for Playwright's own. */
  chromium: string | undefined;
}

export interface PdfResult {
  path: string;
  bytes: number;
  pages: number;
  /** Pages where something reaches outside the page: printed anyway, worth fixing. */
  layout: PageProblem[];
}

export type Progress = (step: string) => void;

export function defaultPdfOptions(notes: boolean, handout = false): PdfOptions {
  const out = handout ? 'out/deck-handout.pdf' : notes ? 'out/deck-notes.pdf' : 'out/deck.pdf';
  return { slides: 'slides', out, notes, handout, port: 0, chromium: chromiumExecutable() };
}

export async function exportPdf(options: PdfOptions, progress: Progress): Promise<PdfResult> {
  const out = resolve(options.out);
  // Every check of where the PDF goes comes before any work, so a wrong --out costs no build and no printing.
  assertOutputPath(out, { slides: options.slides, project: PROJECT_ROOT }, '--out');
  assertReplaceableFile(out, 'pdf', 'deck pdf');
  await assertWritable(out);
  progress('building the deck');
  // Chromium starts while the deck is built: the two take about as long, and neither needs the other.
  const starting = launchChromium(options.chromium, { tool: true });
  starting.catch(() => undefined); // its failure is reported where it is awaited
  const build = await cachedBuild(options.slides).catch(async (error: unknown) => {
    await (await starting.catch(() => undefined))?.close();
    throw error;
  });
  progress(build.built ? 'built' : 'the code was built before: these slides written into that build');
  const server = await serveFolder(build.dir, options.port).catch(async (error: unknown) => {
    await (await starting.catch(() => undefined))?.close();
    throw error;
  });
  try {
    const browser = await starting;
    try {
      const url = `${server.url}${build.page}`;
      if (options.handout) return await handout(browser, url, build.deck, out, progress);
      return await print(browser, url, out, options.notes, progress);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

// -- internal --

async function print(browser: Browser, url: string, out: string, notes: boolean, progress: Progress): Promise<PdfResult> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  progress('loading the deck in print mode');
  await page.goto(`${url}?print-pdf${notes ? '&showNotes=separate-page' : ''}`);
  await waitForDeck(page, { print: true });
  const cdp = await page.context().newCDPSession(page);
  const fonts = await systemFontProblems(page, cdp);
  progress('checked which fonts draw every page');
  if (fonts.length > 0) {
    throw new ExportError('pdf-fonts', `a system font would draw text in the PDF: ${fonts.map((f) => `page ${f.page} ${f.problem}`).join('; ')}`, {
      hint: 'Replace the characters no font of the deck has (an emoji, a rare script) or remove them; otherwise check that no slide uses a font-family of its own.',
    });
  }
  const layout = await layoutProblems(page);
  const pages = await page.locator(PRINTED_PAGES).count();
  progress(`printing ${pages} pages`);
  await writePdf(out, async (temp) => {
    await page.pdf({ path: temp, preferCSSPageSize: true, printBackground: true });
    await withSearchableText(temp);
  });
  return { path: out, bytes: (await stat(out)).size, pages, layout };
}

async function handout(browser: Browser, url: string, deck: CompiledDeck, out: string, progress: Progress): Promise<PdfResult> {
  let pages = 0;
  await writePdf(out, async (temp) => {
    pages = await printHandout(browser, url, deck, temp, progress);
    await withSearchableText(temp);
  });
  return { path: out, bytes: (await stat(out)).size, pages, layout: [] };
}

/** Writes the PDF at a temp path beside `out` and renames it into place; a full or read-only disk is one line. */
function writePdf(out: string, write: (temp: string) => Promise<unknown>): Promise<void> {
  return writing(out, () => replaceAtomically(out, write), 'the PDF');
}

/** Rewrites the PDF at `path` so extractors and viewers' search read its right-to-left ligatures in order. */
async function withSearchableText(path: string): Promise<void> {
  const fixed = await withExtractableLigatures(new Uint8Array(await readFile(path)));
  if (fixed.reversed > 0) await writeFile(path, fixed.pdf);
}

/** Fails before any work when the PDF's folder cannot be made or written to. */
async function assertWritable(out: string): Promise<void> {
  const folder = dirname(out);
  try {
    await makeFolder(folder);
    await access(folder, constants.W_OK);
  } catch (error) {
    throw diskError(error, out, 'the PDF') ?? new ExportError('pdf-out', `cannot write the PDF to ${out}: ${firstLine(error)}`, {
      file: out,
      hint: 'Give a file in a folder you may write to with --out FILE.',
    });
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
