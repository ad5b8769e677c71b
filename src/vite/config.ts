// The one Vite configuration the deck is served and built with, for the CLI and for vite.config.ts alike.
import { resolve } from 'node:path';
import type { InlineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { firstPaintPlugin } from './first-paint.ts';
import { deckPlugin } from './plugin.ts';
import { PROJECT_ROOT } from './root.ts';

export interface DeckViteOptions {
  /** The folder of slide files. Default `slides`. */
  slides: string;
  /** The build's output folder. Default `dist`. */
  outDir: string;
  /** Ship the speaker notes. Default true; false for an audience build. */
  notes: boolean;
  /** Inline every script, style and font into index.html. Default false. */
  singleFile: boolean;
  /** Where the build will be served from, for absolute link-preview URLs. Default: none (relative). */
  siteUrl: string | undefined;
  /** Cut the fonts down to the characters the deck uses. Default true. */
  subsetFonts: boolean;
  /** Where dev reports a slide file that stops compiling (and compiles again). Default: Vite's logger. */
  report?: (lines: readonly string[]) => void;
  /** A page without its slides, for deck pdf to fill (see DeckPluginOptions). */
  printShell?: boolean;
}

export const DECK_VITE_DEFAULTS: DeckViteOptions = { slides: 'slides', outDir: 'dist', notes: true, singleFile: false, siteUrl: undefined, subsetFonts: true };

export { PROJECT_ROOT };

export function deckViteConfig(options: DeckViteOptions = DECK_VITE_DEFAULTS): InlineConfig {
  // A single file ships no public/ files beside it; its favicon is inlined after the build.
  return {
    configFile: false,
    root: PROJECT_ROOT,
    // Relative asset URLs: the built deck works from any sub-path of any static host.
    base: './',
    publicDir: options.singleFile ? false : resolve(PROJECT_ROOT, 'public'),
    plugins: [
      firstPaintPlugin({ singleFile: options.singleFile }),
      deckPlugin({
        slides: options.slides,
        notes: options.notes,
        singleFile: options.singleFile,
        siteUrl: options.siteUrl,
        subsetFonts: options.subsetFonts,
        ...(options.report === undefined ? {} : { report: options.report }),
        ...(options.printShell === true ? { printShell: true } : {}),
      }),
      ...(options.singleFile ? [viteSingleFile({ removeViteModuleLoader: true })] : []),
    ],
    build: {
      outDir: resolve(options.outDir),
      emptyOutDir: true,
      sourcemap: false,
      target: 'es2022',
      reportCompressedSize: false,
      // A single file carries its fonts as data: URLs. A hosted build loads every font as a file, however
      // small: its policy allows fonts from its own origin only, not data: URLs.
      assetsInlineLimit: options.singleFile ? Number.MAX_SAFE_INTEGER : (file: string) => (file.endsWith('.woff2') ? false : undefined),
      // A first build cuts the fonts (seconds, cached after), and the bundler then prints a [PLUGIN_TIMINGS]
      // table of which plugin took the time: a note for plugin authors, nothing a deck's author can act on.
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  };
}
