// Reads a deck's slide files from disk in deck order: the only file access of the compiler stage.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SlideFileError } from '../errors.ts';
import { SLIDE_FILE } from '../slides/sync.ts';
import type { SlideFileText } from './slide-file.ts';

/** The `NN-*.md` files of `dir`, ordered by their number (so 9 comes before 10 whatever the padding). */
export async function readSlides(dir: string): Promise<SlideFileText[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    throw new SlideFileError('slides-missing', `cannot read the slides folder ${dir}: ${error.code ?? error.message}`, {
      file: dir,
      hint: 'Give the folder that holds the NN-name.md slide files with --slides DIR, or run "deck generate" first.',
    });
  });
  const slides = names.filter((name) => SLIDE_FILE.test(name)).sort(byNumber);
  if (slides.length === 0) {
    throw new SlideFileError('slides-empty', `there are no slide files (NN-name.md) in ${dir}`, {
      file: dir,
      hint: 'Run "deck generate" to make them from the article, or give another folder with --slides DIR.',
    });
  }
  return Promise.all(slides.map(async (name) => ({ path: join(dir, name), content: await readFile(join(dir, name), 'utf8') })));
}

// -- internal --

function byNumber(a: string, b: string): number {
  return Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b);
}
