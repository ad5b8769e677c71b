// The slides folder on disk: reading the current slide files and changing them so no write is ever half done.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { diskError } from '../disk-errors.ts';
import { DeckError, SlideFileError } from '../errors.ts';
import { makeFolder } from '../output.ts';
import { recoverFolder, switchFolder } from './journal.ts';
import { SLIDE_FILE, type SyncAction } from './sync.ts';

/** The slide files in `dir` (name → content); an absent folder has none. */
export async function readSlideFolder(dir: string): Promise<Map<string, string>> {
  recoverFolder(dir);
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
 * Carries out the writes and removals of `actions` in `dir` as one switch (see journal.ts): a reader, a
 * crash or Ctrl-C sees the folder with the whole old set of slides or the whole new one.
 */
export async function applySync(dir: string, actions: readonly SyncAction[]): Promise<void> {
  const files = new Map(actions.flatMap((a) => (a.kind === 'write' || a.kind === 'overwrite' ? [[a.file.name, a.file.content] as const] : [])));
  const removes = actions.flatMap((a) => (a.kind === 'remove' ? [a.name] : []));
  if (files.size === 0 && removes.length === 0) return;
  await makeFolder(dir).catch((error: NodeJS.ErrnoException) => {
    throw diskError(error, dir, 'the slides') ?? folderError(dir, error);
  });
  await switchFolder(dir, files, removes).catch((error: NodeJS.ErrnoException) => {
    if (error instanceof DeckError) throw error;
    throw diskError(error, dir, 'the slides') ?? new SlideFileError('slide-write', `could not write the slides into ${dir}: ${error.code ?? error.message}`, {
      file: dir,
      hint: 'Check that the folder exists, that you may write to it and that the disk is not full.',
    });
  });
}

// -- internal --

function folderError(dir: string, error: NodeJS.ErrnoException): SlideFileError {
  const problem = error.code === 'ENOTDIR' ? 'it is a file, not a folder' : error.message;
  return new SlideFileError('slide-folder', `cannot use ${dir} as the slides folder: ${problem}`, {
    file: dir,
    hint: 'Give a folder you may read and write with --out.',
  });
}
