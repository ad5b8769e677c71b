// The slides folder on disk: reading the current slide files and changing them so no write is ever half done.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SlideFileError } from '../errors.ts';
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
  await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw folderError(dir, error);
  });
  const files = new Map(actions.flatMap((a) => (a.kind === 'write' || a.kind === 'overwrite' ? [[a.file.name, a.file.content] as const] : [])));
  const removes = actions.flatMap((a) => (a.kind === 'remove' ? [a.name] : []));
  if (files.size === 0 && removes.length === 0) return;
  await switchFolder(dir, files, removes).catch((error: NodeJS.ErrnoException) => {
    throw new SlideFileError('slide-write', `could not write the slides into ${dir}: ${error.code ?? error.message}`, {
      file: dir,
      hint: 'Check that the folder exists, that you may write to it and that the disk is not full.',
    });
  });
}

// -- internal --

function folderError(dir: string, error: NodeJS.ErrnoException): SlideFileError {
  return new SlideFileError('slide-folder', `cannot use the slides folder ${dir}: ${error.message}`, {
    file: dir,
    hint: 'Give a folder you may read and write with --out.',
  });
}
