// `deck dev`, `deck build` and `deck preview`: the slide files served or built as a static reveal.js site.
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { build, createServer, preview, type InlineConfig } from 'vite';
import { compileDeck } from '../deck/compile.ts';
import { readSlides } from '../deck/read.ts';
import { formatDuration } from '../deck/timing.ts';
import { DeckError } from '../errors.ts';
import { DECK_VITE_DEFAULTS, deckViteConfig, PROJECT_ROOT } from '../vite/config.ts';
import type { Console } from './console.ts';

export interface SiteOptions {
  /** The folder of slide files. Default `slides`. */
  slides: string;
  /** The build folder. Default `dist`. */
  out: string;
  /** The port to serve on; the next free one is taken when it is busy (dev), or it fails (preview). */
  port?: number;
}

export const SITE_DEFAULTS: SiteOptions = { slides: DECK_VITE_DEFAULTS.slides, out: DECK_VITE_DEFAULTS.outDir };

/** A running server; `close` stops it. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function dev(options: SiteOptions, console: Console): Promise<RunningServer> {
  await readSlides(options.slides); // fail here, with the CLI's message, rather than inside the page
  const server = await createServer(viteConfig(options, { server: { port: options.port ?? 5173 } }));
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://localhost:${server.config.server.port}/`;
  console.log(`deck: presenting ${options.slides} at ${url}`);
  console.log('  Edit a slide file and the open deck reloads on the same slide. Ctrl-C stops.');
  return { url, close: () => server.close() };
}

export interface BuiltSite {
  slideCount: number;
  bytes: number;
  totalSeconds: number;
}

export async function buildSite(options: SiteOptions, console: Console): Promise<BuiltSite> {
  const { slideCount, bytes, totalSeconds } = await buildInto(options);
  console.log(`deck: built ${slideCount} slides from ${options.slides} into ${options.out}/ (${(bytes / 1024).toFixed(0)} KB)`);
  console.log(`  Presenting time: ${formatDuration(totalSeconds)} (from the notes; set "timing:" on a slide to change it).`);
  console.log(`  Open it with "deck preview", or serve ${options.out}/ from any static host, at any path.`);
  return { slideCount, bytes, totalSeconds };
}

/** Builds the deck of `options.slides` into `options.out`, quietly. */
export async function buildInto(options: SiteOptions): Promise<BuiltSite> {
  const deck = compileDeck(await readSlides(options.slides));
  await assertReplaceable(options.out);
  await build(viteConfig(options));
  return { slideCount: deck.slides.length, bytes: await folderSize(resolve(options.out)), totalSeconds: deck.totalSeconds };
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
  return { ...deckViteConfig({ slides: options.slides, outDir: options.out }), logLevel: 'warn', ...extra };
}

/**
 * A build empties its folder first. Only do that to a folder that is empty or holds an earlier build
 * (an index.html), never to the project itself or a folder of the user's files.
 */
async function assertReplaceable(out: string): Promise<void> {
  const target = resolve(out);
  const inside = relative(target, PROJECT_ROOT);
  const entries = await readdir(target).catch(() => [] as string[]);
  const isEarlierBuild = entries.length === 0 || entries.includes('index.html');
  if (target === PROJECT_ROOT || !inside.startsWith('..') || !isEarlierBuild) {
    throw new DeckError('build-out', `will not build into ${out}: it holds files that are not an earlier build`, {
      file: out,
      hint: 'Give an empty or new folder with --out DIR (default dist).',
    });
  }
}

async function folderSize(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const sizes = await Promise.all(entries.filter((e) => e.isFile()).map(async (e) => (await stat(join(e.parentPath, e.name))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}
