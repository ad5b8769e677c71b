// The Vite plugin: compiles the slide files into index.html, and reloads the open deck when one changes.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileDeck } from '../deck/compile.ts';
import { injectDeck } from '../deck/page.ts';
import { readSlides } from '../deck/read.ts';
import { SLIDE_FILE } from '../slides/sync.ts';

export interface DeckPluginOptions {
  /** The folder of `NN-name.md` slide files. */
  slides: string;
}

export function deckPlugin(options: DeckPluginOptions): Plugin {
  const slides = resolve(options.slides);
  return {
    name: 'arabic-briefing-deck',
    transformIndexHtml: {
      order: 'pre',
      handler: async (html) => injectDeck(html, compileDeck(await readSlides(slides))),
    },
    configureServer(server) {
      server.watcher.add(slides);
      // The page keeps its #/slide hash across the reload, so the presenter stays on the slide they edit.
      const reload = (file: string): void => {
        if (resolve(file, '..') === slides && SLIDE_FILE.test(file.split(/[\\/]/u).at(-1) ?? '')) {
          server.ws.send({ type: 'full-reload', path: '*' });
        }
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, reload);
    },
  };
}
