// The slides folder on disk: reading the current slide files and changing them so no write is ever half done.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SlideFileError } from '../errors.ts';
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

/** Carries out the writes and removals of `actions` in `dir`. Each write goes to a temp file, then is renamed over. */
export async function applySync(dir: string, actions: readonly SyncAction[]): Promise<void> {
  await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw folderError(dir, error);
  });
  for (const action of actions) {
    if (action.kind === 'write' || action.kind === 'overwrite') await writeAtomically(join(dir, action.file.name), action.file.content);
    else if (action.kind === 'remove') await rm(join(dir, action.name), { force: true });
  }
}

/**
 * Writes `content` to `path` so that a reader (or a crash, or Ctrl-C) sees either the old file or the
 * new one: the temp file lives in the same folder, so the rename cannot cross file systems.
 */
export async function writeAtomically(path: string, content: string): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new SlideFileError('slide-write', `could not write ${path}: ${(error as Error).message}`, {
      file: path,
      hint: 'Check that the folder exists and that you may write to it.',
    });
  }
}

// -- internal --

function folderError(dir: string, error: NodeJS.ErrnoException): SlideFileError {
  return new SlideFileError('slide-folder', `cannot use the slides folder ${dir}: ${error.message}`, {
    file: dir,
    hint: 'Give a folder you may read and write with --out.',
  });
}
