// The Vite plugin: compiles the slide files into index.html, and reloads the open deck when one changes.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { type CompiledDeck, compileDeck } from '../deck/compile.ts';
import { SlideFileError } from '../errors.ts';
import { headTags, hostedPolicy } from '../deck/head.ts';
import { unescapeHtml } from '../deck/html.ts';
import { injectDeck } from '../deck/page.ts';
import { speakerViewScriptHash } from '../deck/speaker-csp.ts';
import { readSlides } from '../deck/read.ts';
import { printable } from '../commands/console.ts';
import { SLIDE_FILE } from '../slides/sync.ts';
import { charactersToKeep, everyDeckCharacter } from './characters.ts';
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
  /**
   * Build the page without its slides (the placeholder kept, no logo): a shell `deck pdf` puts any slides
   * into without building again (src/pdf/build-cache.ts).
   */
  printShell?: boolean;
}

/** The module the runtime imports for its @font-face rules. */
export const FONTS_MODULE = 'virtual:deck-fonts.css';
const RESOLVED_FONTS_MODULE = `\0${FONTS_MODULE}`;
/** reveal.css for the runtime to load before reveal starts: its address, or in a single file its text. */
const REVEAL_STYLES_MODULE = 'virtual:deck-reveal-styles';
const RESOLVED_REVEAL_STYLES_MODULE = `\0${REVEAL_STYLES_MODULE}`;

export function deckPlugin(options: DeckPluginOptions): Plugin {
  const slides = resolve(options.slides);
  let building = false;
  let root = PROJECT_ROOT;
  // Read as the user named the folder, so messages name its files as the startup check does.
  const compile = async (): Promise<CompiledDeck> => {
    const files = await readSlides(options.slides);
    const deck = compileDeck(files, { notes: options.notes });
    // One file carries its logo inside it; a site serves it beside the page (see generateBundle).
    if (!options.singleFile || deck.meta.logo === undefined) return deck;
    const dataUrl = `data:${LOGO_TYPES[extname(deck.meta.logo).toLowerCase()] ?? 'image/png'};base64,${(await readFile(join(slides, deck.meta.logo))).toString('base64')}`;
    return compileDeck(files, { notes: options.notes, assetUrl: () => dataUrl });
  };
  return {
    name: 'arabic-briefing-deck',
    configResolved(config) {
      building = config.command === 'build';
      root = config.root;
    },
    resolveId: (id) => (id === FONTS_MODULE ? RESOLVED_FONTS_MODULE : id === REVEAL_STYLES_MODULE ? RESOLVED_REVEAL_STYLES_MODULE : undefined),
    async load(id) {
      if (id === RESOLVED_REVEAL_STYLES_MODULE) {
        return options.singleFile
          ? `export default { css: ${JSON.stringify(await readFile(createRequire(import.meta.url).resolve('reveal.js/reveal.css'), 'utf8'))} };`
          : "import href from 'reveal.js/reveal.css?url';\nexport default { href };";
      }
      if (id !== RESOLVED_FONTS_MODULE) return undefined;
      // Cut from what this build ships: an audience build's fonts must not reveal which characters the notes used.
      const deck = compileDeck(await readSlides(slides), { notes: options.notes });
      const subset = building && options.subsetFonts;
      return fontFaceCss({
        ...(subset ? { characters: fontCharacters(deck, options.printShell === true) } : {}),
        cacheDir: join(PROJECT_ROOT, 'node_modules', '.cache', 'deck', 'fonts'),
        root,
        // Any right-to-left deck here is in Arabic script (Arabic, Persian, Urdu...): its lines need the Arabic file.
        mainSubset: deck.meta.dir === 'rtl' ? 'arabic' : 'latin',
      });
    },
    transformIndexHtml: {
      order: 'pre',
      handler: async (html, context) => {
        if (options.printShell === true) return html;
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
    async generateBundle() {
      if (options.printShell === true) return;
      const { logo } = (await compile()).meta;
      if (logo !== undefined && !options.singleFile) this.emitFile({ type: 'asset', fileName: logo, source: await readLogo(slides, logo) });
    },
    configureServer(server) {
      server.middlewares.use(devPolicyHeader(speakerViewScriptHash()));
      server.middlewares.use((request, response, next) => {
        if (!/^\/[\w.-]+\.(?:png|jpe?g|svg|webp)$/iu.test(request.url ?? '')) return next();
        void compile()
          .then(async ({ meta }) => {
            if (meta.logo === undefined || request.url !== `/${meta.logo}`) return next();
            response.setHeader('Content-Type', LOGO_TYPES[extname(meta.logo).toLowerCase()] ?? 'application/octet-stream');
            response.end(await readLogo(slides, meta.logo));
          })
          .catch(() => next());
      });
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

const LOGO_TYPES: Readonly<Record<string, string>> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml', '.webp': 'image/webp' };

/** The logo file the title slide names, from the slides folder, or a message saying it is missing. */
async function readLogo(slides: string, logo: string): Promise<Buffer> {
  return readFile(join(slides, logo)).catch(() => {
    throw new SlideFileError('slide-logo', `the logo ${logo} named by the title slide is not in ${slides}`, {
      file: join(slides, logo),
      hint: 'Put the picture in the slides folder under that name, or remove the "logo:" line.',
    });
  });
}

/** The characters to cut the fonts to: this deck's, or (a print shell, which serves every deck) every deck's. */
function fontCharacters(deck: CompiledDeck, printShell: boolean): string {
  const runtime = join(PROJECT_ROOT, 'src', 'runtime');
  return printShell ? everyDeckCharacter(runtime) : charactersToKeep(deckText(deck), deck.meta.lang, runtime);
}

/** Every character a reader or presenter may see: the slides' and notes' text (not their markup) and the page's metadata. */
function deckText(deck: CompiledDeck): string {
  const { title, fullTitle, description, source = '' } = deck.meta;
  const text = unescapeHtml(deck.sectionsHtml.replace(/<[^>]*>/gu, ''));
  return `${text}${title}${fullTitle}${description}${source}`;
}
