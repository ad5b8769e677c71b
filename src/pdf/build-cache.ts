// "Builds if needed": a deck build kept under a fingerprint of everything that goes into it.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { buildInto, SITE_DEFAULTS } from '../commands/site.ts';
import { DeckError } from '../errors.ts';
import { PROJECT_ROOT } from '../vite/config.ts';

export interface CachedBuild {
  dir: string;
  /** False when an identical earlier build was reused. */
  built: boolean;
}

/** The build of `slides` for the current code, from the cache when nothing that goes into it has changed. */
export async function cachedBuild(slides: string, cacheRoot = join(PROJECT_ROOT, 'node_modules', '.cache', 'deck')): Promise<CachedBuild> {
  const dir = join(cacheRoot, `site-${await fingerprint(slides)}`);
  if ((await stat(join(dir, 'index.html')).catch(() => undefined)) !== undefined) return { dir, built: false };
  await buildInto({ ...SITE_DEFAULTS, slides, out: dir }, { firstLook: false }).catch((error: unknown) => {
    // Two `deck pdf` runs building the same slides at once: the one that finds the other's build in place uses it.
    if (!(error instanceof DeckError && error.code === 'build-race')) throw error;
  });
  return { dir, built: true };
}

// -- internal --

/** A hash of the slide files and of every project file a build reads. */
async function fingerprint(slides: string): Promise<string> {
  const hash = createHash('sha256');
  const inputs = [
    // The slide files and the pictures beside them (the logo).
    ...(await filesUnder(resolve(slides))).filter((file) => /\.(?:md|png|jpe?g|svg|webp)$/iu.test(file)),
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
