// The one Vite configuration the deck is served and built with, for the CLI and for vite.config.ts alike.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';
import { deckPlugin } from './plugin.ts';

export interface DeckViteOptions {
  /** The folder of slide files. Default `slides`. */
  slides: string;
  /** The build's output folder. Default `dist`. */
  outDir: string;
}

export const DECK_VITE_DEFAULTS: DeckViteOptions = { slides: 'slides', outDir: 'dist' };

/** The project folder: where index.html, src/ and public/ are, wherever the command is run from. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function deckViteConfig(options: DeckViteOptions = DECK_VITE_DEFAULTS): InlineConfig {
  return {
    configFile: false,
    root: PROJECT_ROOT,
    // Relative asset URLs: the built deck works from any sub-path of any static host.
    base: './',
    publicDir: resolve(PROJECT_ROOT, 'public'),
    plugins: [deckPlugin({ slides: options.slides })],
    build: {
      outDir: resolve(options.outDir),
      emptyOutDir: true,
      sourcemap: false,
      target: 'es2022',
      reportCompressedSize: false,
    },
  };
}
