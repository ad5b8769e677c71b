// The Vite plugin: compiles the slide files into index.html, and reloads the open deck when one changes.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileDeck } from '../deck/compile.ts';
import { headTags, hostedPolicy } from '../deck/head.ts';
import { injectDeck } from '../deck/page.ts';
import { speakerViewScriptHash } from '../deck/speaker-csp.ts';
import { readSlides } from '../deck/read.ts';
import { SLIDE_FILE } from '../slides/sync.ts';

export interface DeckPluginOptions {
  /** The folder of `NN-name.md` slide files. */
  slides: string;
  /** Ship the speaker notes. False for an audience build. */
  notes: boolean;
  /** A one-file build: its policy is added after the build, once its inline script is known. */
  singleFile: boolean;
  /** Where the build will be served from, for absolute link-preview URLs. */
  siteUrl: string | undefined;
}

export function deckPlugin(options: DeckPluginOptions): Plugin {
  const slides = resolve(options.slides);
  return {
    name: 'arabic-briefing-deck',
    transformIndexHtml: {
      order: 'pre',
      handler: async (html, context) => {
        const deck = compileDeck(await readSlides(slides), { notes: options.notes });
        const building = context.server === undefined;
        const hosted = building && !options.singleFile;
        const head = headTags(deck.meta, {
          ...(options.siteUrl === undefined ? {} : { siteUrl: options.siteUrl }),
          previewImage: hosted,
          ...(hosted ? { contentSecurityPolicy: hostedPolicy(speakerViewScriptHash()) } : {}),
        });
        return injectDeck(html, deck, head);
      },
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
