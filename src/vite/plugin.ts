// The Vite plugin: compiles the slide files into index.html, and reloads the open deck when one changes.
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { type CompiledDeck, compileDeck } from '../deck/compile.ts';
import { headTags, hostedPolicy } from '../deck/head.ts';
import { injectDeck } from '../deck/page.ts';
import { speakerViewScriptHash } from '../deck/speaker-csp.ts';
import { readSlides } from '../deck/read.ts';
import { printable } from '../commands/console.ts';
import { SLIDE_FILE } from '../slides/sync.ts';
import { charactersToKeep } from './characters.ts';
import { devPolicyHeader } from './dev-policy.ts';
import { errorPage, errorReport } from './error-page.ts';
import { PROJECT_ROOT } from './root.ts';
import { fontFaceCss } from './fonts.ts';

export interface DeckPluginOptions {
  /** The folder of `NN-name.md` slide files. */
  slides: string;
  /** Ship the speaker notes. False for an audience build. */
  notes: boolean;
  /** A one-file build: its policy is added after the build, once its inline script is known. */
  singleFile: boolean;
  /** Where the build will be served from, for absolute link-preview URLs. */
  siteUrl: string | undefined;
  /** Cut the fonts down to the characters the deck uses (builds only; dev serves the whole fonts). */
  subsetFonts: boolean;
  /** Where dev reports a slide file that stops compiling, and that the slides compile again. Default: Vite's logger. */
  report?: (lines: readonly string[]) => void;
}

/** The module the runtime imports for its @font-face rules. */
export const FONTS_MODULE = 'virtual:deck-fonts.css';
const RESOLVED_FONTS_MODULE = `\0${FONTS_MODULE}`;

export function deckPlugin(options: DeckPluginOptions): Plugin {
  const slides = resolve(options.slides);
  let building = false;
  let root = PROJECT_ROOT;
  // Read as the user named the folder, so messages name its files as the startup check does.
  const compile = async (): Promise<CompiledDeck> => compileDeck(await readSlides(options.slides), { notes: options.notes });
  return {
    name: 'arabic-briefing-deck',
    configResolved(config) {
      building = config.command === 'build';
      root = config.root;
    },
    resolveId: (id) => (id === FONTS_MODULE ? RESOLVED_FONTS_MODULE : undefined),
    async load(id) {
      if (id !== RESOLVED_FONTS_MODULE) return undefined;
      // Cut from what this build ships: an audience build's fonts must not reveal which characters the notes used.
      const deck = compileDeck(await readSlides(slides), { notes: options.notes });
      const subset = building && options.subsetFonts;
      return fontFaceCss({
        ...(subset ? { characters: charactersToKeep(deckText(deck), deck.meta.lang, join(PROJECT_ROOT, 'src', 'runtime')) } : {}),
        cacheDir: join(PROJECT_ROOT, 'node_modules', '.cache', 'deck', 'fonts'),
        root,
        // Any right-to-left deck here is in Arabic script (Arabic, Persian, Urdu...): its lines need the Arabic file.
        mainSubset: deck.meta.dir === 'rtl' ? 'arabic' : 'latin',
      });
    },
    transformIndexHtml: {
      order: 'pre',
      handler: async (html, context) => {
        const building = context.server === undefined;
        // In dev a broken slide file gets a page saying what to fix, in place of Vite's overlay and its stack.
        let deck: CompiledDeck;
        try {
          deck = await compile();
        } catch (error) {
          if (building) throw error;
          return errorPage(errorReport(error));
        }
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
      server.middlewares.use(devPolicyHeader(speakerViewScriptHash()));
      server.watcher.add(slides);
      const check = slidesCheck(compile, options.report ?? ((lines) => server.config.logger.error(printable(lines.join('\n')))));
      // The page keeps its #/slide hash across the reload, so the presenter stays on the slide they edit.
      const reload = (file: string): void => {
        if (resolve(file, '..') === slides && SLIDE_FILE.test(file.split(/[\\/]/u).at(-1) ?? '')) {
          server.ws.send({ type: 'full-reload', path: '*' });
          check();
        }
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, reload);
    },
  };
}

/**
 * Compiles the slides once a burst of file events is over (an editor's save can be several), and tells
 * the terminal when they stop compiling and when they compile again, even with no page open.
 */
function slidesCheck(compile: () => Promise<unknown>, report: (lines: readonly string[]) => void): () => void {
  let broken = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async (): Promise<void> => {
    const error = await compile().then(() => undefined, (failure: unknown) => failure ?? new Error('unknown failure'));
    if (error !== undefined) report(errorReport(error));
    else if (broken) report(['deck: the slide files compile again; the deck is back.']);
    broken = error !== undefined;
  };
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 100);
  };
}

/** Every character a reader or presenter may see: the slides' and notes' text (not their markup) and the page's metadata. */
function deckText(deck: CompiledDeck): string {
  const { title, fullTitle, description, source = '' } = deck.meta;
  const text = deck.sectionsHtml
    .replace(/<[^>]*>/gu, '')
    .replace(/&(lt|gt|amp|quot|#39);/gu, (entity) => ENTITIES[entity] ?? entity);
  return `${text}${title}${fullTitle}${description}${source}`;
}

const ENTITIES: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };
