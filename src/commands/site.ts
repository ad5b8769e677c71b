// `deck dev`, `deck build` and `deck preview`: the slide files served or built as a static reveal.js site.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build, createLogger, createServer, preview, type InlineConfig, type Logger } from 'vite';
import { compileDeck } from '../deck/compile.ts';
import { singleFilePolicy } from '../deck/head.ts';
import { escapeHtml } from '../deck/html.ts';
import { readSlides } from '../deck/read.ts';
import { speakerViewScriptHash } from '../deck/speaker-csp.ts';
import { formatDuration } from '../deck/timing.ts';
import { DeckError } from '../errors.ts';
import { removeOnInterrupt, replaceAtomically, tempPathBeside } from '../atomic.ts';
import { folderSize, recoverSwap, swapIn } from '../build-folder.ts';
import { writing } from '../disk-errors.ts';
import { assertOutputPath, assertReplaceableBuild, assertReplaceableFile, BUILD_MARKER, BUILD_MARKER_TEXT, makeFolder } from '../output.ts';
import { DECK_VITE_DEFAULTS, deckViteConfig, PROJECT_ROOT } from '../vite/config.ts';
import type { Console } from './console.ts';
import { addFirstLook } from './first-look.ts';

export interface SiteOptions {
  /** The folder of slide files. Default `slides`. */
  slides: string;
  /** The build folder, or with `singleFile` the HTML file. Default `dist`, or `out/deck.html`. */
  out: string;
  /** Ship the speaker notes. Default true; false for an audience build. */
  notes: boolean;
  /** One self-contained HTML file instead of a folder. */
  singleFile: boolean;
  /** Where the build will be served from, for absolute link-preview URLs. */
  siteUrl: string | undefined;
  /** Cut the fonts down to the characters the deck uses. Default true. */
  subsetFonts: boolean;
  /** A page without its slides, for deck pdf to fill. */
  printShell?: boolean;
  /** The port to serve on; the next free one is taken when it is busy (dev), or it fails (preview). */
  port?: number;
}

export const SITE_DEFAULTS: SiteOptions = { slides: DECK_VITE_DEFAULTS.slides, out: DECK_VITE_DEFAULTS.outDir, notes: true, singleFile: false, siteUrl: undefined, subsetFonts: true };
export const SINGLE_FILE_DEFAULT_OUT = 'out/deck.html';

/** A running server; `close` stops it. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export interface BuiltSite {
  slideCount: number;
  bytes: number;
  totalSeconds: number;
  /** Why the build has no link-preview picture and no font preloads, when it has none. */
  firstLookMissing?: string;
}

export async function dev(options: SiteOptions, console: Console): Promise<RunningServer> {
  // A broken slide file fails here, with the CLI's message, rather than inside the page.
  compileDeck(await readSlides(options.slides), { notes: options.notes });
  const asked = options.port ?? 5173;
  // A file broken later is reported as at startup, here and in the page (see src/vite/error-page.ts).
  const report = (lines: readonly string[]): void => lines.forEach((line) => console.log(line));
  const vite = { ...DECK_VITE_DEFAULTS, slides: options.slides, notes: options.notes, report };
  const server = await createServer({ ...deckViteConfig(vite), logLevel: 'warn', server: { port: asked } });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://localhost:${asked}/`;
  // Vite takes the next free port when the one asked for is busy: the presenter must know the address moved.
  if (Number(new URL(url).port) !== asked) console.warn(`port ${asked} is busy; using ${new URL(url).port}`);
  console.log(`deck: presenting ${options.slides} at ${url}`);
  console.log('  Edit a slide file and the open deck reloads on the same slide. Ctrl-C stops.');
  return { url, close: () => server.close() };
}

export async function buildSite(options: SiteOptions, console: Console): Promise<BuiltSite> {
  const built = options.singleFile ? await buildSingleFile(options) : await buildInto(options);
  const what = options.singleFile ? `${options.out} (one file)` : `${options.out}/`;
  const audience = options.notes ? '' : ', without speaker notes';
  console.log(`deck: built ${built.slideCount} slides from ${options.slides} into ${what} (${(built.bytes / 1024).toFixed(0)} KB${audience})`);
  console.log(`  Presenting time: ${formatDuration(built.totalSeconds)} (from the notes; set "timing:" on a slide to change it).`);
  if (built.firstLookMissing !== undefined) console.warn(`no link-preview picture and no font preloads: ${built.firstLookMissing}`);
  console.log(options.singleFile ? '  Open it in a browser, or send it: it needs no server and no network.' : `  Open it with "deck preview", or serve ${options.out}/ from any static host, at any path.`);
  return built;
}

/**
 * Builds the deck of `options.slides` into the folder `options.out`. Unless told not to, it then looks
 * at its own first slide in Chromium, for the link-preview picture and the fonts to preload.
 */
export async function buildInto(options: SiteOptions, { firstLook = true } = {}): Promise<BuiltSite> {
  const out = resolve(options.out);
  assertOutputPath(out, { slides: options.slides, project: PROJECT_ROOT }, '--out');
  await writing(out, async () => recoverSwap(out));
  assertReplaceableBuild(out);
  const deck = compileDeck(await readSlides(options.slides), { notes: options.notes });
  // Built beside the old build and swapped in whole, so an interrupted build leaves the old one working.
  const staging = tempPathBeside(out, 'building');
  const release = removeOnInterrupt(() => [staging]);
  try {
    await writing(out, async () => {
      await makeFolder(staging); // here rather than in Vite, whose error would not say why
      await build(viteConfig({ ...options, out: staging }, { customLogger: buildLogger() }));
      await writeFile(join(staging, BUILD_MARKER), BUILD_MARKER_TEXT);
    });
    const firstLookMissing = firstLook ? await addFirstLook(staging) : 'not asked for';
    const bytes = await folderSize(staging);
    await writing(out, () => swapIn(staging, out));
    return { slideCount: deck.slides.length, bytes, totalSeconds: deck.totalSeconds, ...(firstLookMissing === undefined ? {} : { firstLookMissing }) };
  } finally {
    await rm(staging, { recursive: true, force: true });
    release();
  }
}

export async function previewSite(options: SiteOptions, console: Console): Promise<RunningServer> {
  const index = await stat(join(options.out, 'index.html')).catch(() => undefined);
  if (index === undefined) {
    throw new DeckError('build-missing', `there is no built deck in ${options.out}/`, { file: options.out, hint: 'Run "deck build" first.' });
  }
  const port = options.port ?? 4173;
  const server = await preview(viteConfig(options, { preview: { port, strictPort: true } })).catch((error: unknown) => {
    if (!String(error).includes('already in use')) throw error;
    throw new DeckError('port-in-use', `port ${port} is already in use`, { hint: 'Stop what is using it, or give another with --port N.' });
  });
  const url = server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`;
  console.log(`deck: previewing ${options.out}/ at ${url}`);
  return { url, close: () => server.close() };
}

// -- internal --

function viteConfig(options: SiteOptions, extra: InlineConfig = {}): InlineConfig {
  const { slides, out: outDir, notes, singleFile, siteUrl, subsetFonts, printShell } = options;
  const vite = { slides, outDir, notes, singleFile, siteUrl, subsetFonts, ...(printShell === true ? { printShell } : {}) };
  return { ...deckViteConfig(vite), logLevel: 'warn', ...extra };
}

/** Vite's logger less its "✗ Build failed" line: the failure itself reaches the CLI, which says it in one line. */
function buildLogger(): Logger {
  const logger = createLogger('warn');
  const error = logger.error.bind(logger);
  logger.error = (message, options) => {
    if (!message.includes('Build failed in')) error(message, options);
  };
  return logger;
}

/**
 * One HTML file with every script, style and font inside it, for sending as an attachment. It is
 * built in a scratch folder, given a policy that names its inline scripts by hash, then moved into place.
 */
async function buildSingleFile(options: SiteOptions): Promise<BuiltSite> {
  const out = resolve(options.out);
  assertOutputPath(out, { slides: options.slides, project: PROJECT_ROOT }, '--out');
  assertReplaceableFile(out, 'html', '--single-file');
  const deck = compileDeck(await readSlides(options.slides), { notes: options.notes });
  const scratch = await mkdtemp(join(tmpdir(), 'deck-single-'));
  const release = removeOnInterrupt(() => [scratch]);
  try {
    await writing(scratch, () => build(viteConfig({ ...options, out: scratch }, { customLogger: buildLogger() })), 'a scratch copy of the build');
    const html = await selfContained(await readFile(join(scratch, 'index.html'), 'utf8'));
    await writing(
      out,
      async () => {
        await makeFolder(dirname(out));
        await replaceAtomically(out, (temp) => writeFile(temp, html, 'utf8'));
      },
      'the single file',
    );
    return { slideCount: deck.slides.length, bytes: Buffer.byteLength(html), totalSeconds: deck.totalSeconds };
  } finally {
    await rm(scratch, { recursive: true, force: true });
    release();
  }
}

async function selfContained(html: string): Promise<string> {
  const favicon = await readFile(join(PROJECT_ROOT, 'public', 'favicon.svg'));
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gu)].map((m) => m[1] ?? '').filter((s) => s.trim() !== '');
  const hashes = [...scripts.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`), speakerViewScriptHash()];
  const policy = `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(singleFilePolicy(hashes))}" />`;
  return html
    .replace(/<link rel="icon"[^>]*>/u, `<link rel="icon" type="image/svg+xml" href="data:image/svg+xml;base64,${favicon.toString('base64')}" />`)
    .replace(/<meta charset="utf-8" \/>/u, (charset) => `${charset}\n    ${policy}`);
}
