// Reads a deck's slide files from disk in deck order: the only file access of the compiler stage.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SlideFileError } from '../errors.ts';
import { recoverFolder } from '../slides/journal.ts';
import { SLIDE_FILE } from '../slides/sync.ts';
import { assertSlideFileSize } from './bounds.ts';
import type { SlideFileText } from './slide-file.ts';

/** The `NN-*.md` files of `dir`, ordered by their number (so 9 comes before 10 whatever the padding). */
export async function readSlides(dir: string): Promise<SlideFileText[]> {
  // A generate killed mid-switch is finished first, so the deck is built from one whole set of slides.
  recoverFolder(dir);
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    const problem = error.code === 'ENOENT' ? `there is no slides folder ${dir}` : error.code === 'ENOTDIR' ? `${dir} is a file, not a slides folder` : `cannot read the slides folder ${dir} (${error.code ?? error.message})`;
    throw new SlideFileError('slides-missing', problem, {
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
  return Promise.all(slides.map((name) => readSlideFile(join(dir, name))));
}

// -- internal --

/** One slide file's text; a FIFO, a device (a link to /dev/zero) or a file past the bound is refused before reading. */
async function readSlideFile(path: string): Promise<SlideFileText> {
  const info = await stat(path);
  if (!info.isFile()) {
    throw new SlideFileError('slide-not-a-file', 'this is not a regular file (a pipe, a device or a folder)', {
      file: path,
      hint: 'A slide is a text file: replace it with one, or move it out of the slides folder.',
    });
  }
  assertSlideFileSize(path, info.size);
  return { path, content: await readFile(path, 'utf8') };
}

function byNumber(a: string, b: string): number {
  return Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b);
}
