// "Builds if needed": the code built once for printing, and each deck written into it as a page.
import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { replaceAtomically } from '../atomic.ts';
import { buildInto, SITE_DEFAULTS } from '../commands/site.ts';
import { type CompiledDeck, compileDeck } from '../deck/compile.ts';
import { headTags, hostedPolicy } from '../deck/head.ts';
import { injectDeck } from '../deck/page.ts';
import { readSlides } from '../deck/read.ts';
import { speakerViewScriptHash } from '../deck/speaker-csp.ts';
import { DeckError } from '../errors.ts';
import { PROJECT_ROOT } from '../vite/config.ts';

export interface CachedBuild {
  dir: string;
  /** The deck compiled from the slides, as its page shows it. */
  deck: CompiledDeck;
  /** The page of these slides in `dir`, relative to it. */
  page: string;
  /** False when the code's print build was there already (only the slides' page was written). */
  built: boolean;
}

/**
 * A page of `slides` for printing. The code is built once into a shell (a page without its slides: the
 * script, styles and fonts do not depend on them), kept under a fingerprint of the code; each deck is
 * then written into it as a page of its own. An edited slide costs writing that page, not a build.
 */
export async function cachedBuild(slides: string, cacheRoot = join(PROJECT_ROOT, 'node_modules', '.cache', 'deck')): Promise<CachedBuild> {
  const deck = compileDeck(await readSlides(slides));
  // The style sheet names the main script's font files by the deck's direction: one shell for each.
  const dir = join(cacheRoot, `print-${await fingerprint()}-${deck.meta.dir}`);
  const built = (await stat(join(dir, 'index.html')).catch(() => undefined)) === undefined;
  if (built) {
    // A build for printing: no link-preview picture, no font preloads, its fonts cut to every character a
    // deck may hold rather than to these slides' (src/vite/characters.ts).
    await buildInto({ ...SITE_DEFAULTS, slides, out: dir, printShell: true }, { firstLook: false }).catch((error: unknown) => {
      // Two `deck pdf` runs building at once: the one that finds the other's build in place uses it.
      if (!(error instanceof DeckError && error.code === 'build-race')) throw error;
    });
  }
  const shell = await readFile(join(dir, 'index.html'), 'utf8');
  const head = headTags(deck.meta, { previewImage: false, contentSecurityPolicy: hostedPolicy(speakerViewScriptHash()) });
  const html = injectDeck(shell, deck, head);
  const page = `deck-${createHash('sha256').update(html).digest('hex').slice(0, 16)}.html`;
  await replaceAtomically(join(dir, page), (temp) => writeFile(temp, html));
  if (deck.meta.logo !== undefined) await copyFile(join(slides, deck.meta.logo), join(dir, deck.meta.logo));
  return { dir, deck, page, built };
}

// -- internal --

/** A hash of every project file a build reads. */
async function fingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const inputs = [
    // All the code: a build reads modules from most of src/ (the compiler, labels, digits, the runtime, fonts).
    ...(await filesUnder(join(PROJECT_ROOT, 'src'))),
    ...(await filesUnder(join(PROJECT_ROOT, 'public'))),
    join(PROJECT_ROOT, 'index.html'),
    join(PROJECT_ROOT, 'package-lock.json'),
  ];
  for (const file of inputs) {
    hash.update(relative(PROJECT_ROOT, file)).update('\0').update(await readFile(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
}
