// The slides folder on disk: reading the current slide files and changing them so no write is ever half done.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SlideFileError } from '../errors.ts';
import { removeOnInterrupt, tempPathBeside } from '../atomic.ts';
import { SLIDE_FILE, type SyncAction } from './sync.ts';

/** The slide files in `dir` (name → content); an absent folder has none. */
export async function readSlideFolder(dir: string): Promise<Map<string, string>> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw folderError(dir, error);
  });
  const files = new Map<string, string>();
  for (const name of names.filter((n) => SLIDE_FILE.test(n)).sort()) {
    files.set(name, await readFile(join(dir, name), 'utf8'));
  }
  return files;
}

/**
 * Carries out the writes and removals of `actions` in `dir`, all or nothing as far as a reader can
 * tell: every new file is written to a temp file first, and only once all are written are they renamed
 * over the old ones. Ctrl-C before then removes the temp files and leaves the folder as it was.
 */
export async function applySync(dir: string, actions: readonly SyncAction[]): Promise<void> {
  await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw folderError(dir, error);
  });
  const staged = new Map<string, string>(); // temp file → final path, recorded before it is written
  const release = removeOnInterrupt(() => staged.keys());
  try {
    for (const action of actions) {
      if (action.kind !== 'write' && action.kind !== 'overwrite') continue;
      const path = join(dir, action.file.name);
      const temp = tempPathBeside(path);
      staged.set(temp, path);
      await writeTemp(temp, path, action.file.content);
    }
    for (const [temp, path] of staged) await rename(temp, path);
    staged.clear();
    for (const action of actions) if (action.kind === 'remove') await rm(join(dir, action.name), { force: true });
  } finally {
    await Promise.all([...staged.keys()].map((temp) => rm(temp, { force: true })));
    release();
  }
}

// -- internal --

async function writeTemp(temp: string, path: string, content: string): Promise<void> {
  try {
    await writeFile(temp, content, 'utf8');
  } catch (error) {
    await rm(temp, { force: true });
    throw new SlideFileError('slide-write', `could not write ${path}: ${(error as Error).message}`, {
      file: path,
      hint: 'Check that the folder exists and that you may write to it.',
    });
  }
}

function folderError(dir: string, error: NodeJS.ErrnoException): SlideFileError {
  return new SlideFileError('slide-folder', `cannot use the slides folder ${dir}: ${error.message}`, {
    file: dir,
    hint: 'Give a folder you may read and write with --out.',
  });
}
