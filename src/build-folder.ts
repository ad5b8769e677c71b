// The build folder on disk: swapped in whole, put right after a swap cut short, and written with plain errors.
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { onInterrupt } from './atomic.ts';
import { DeckError } from './errors.ts';
import { faultPoint } from './faults.ts';

/**
 * Replaces the folder `out` by `staging`; the old build is removed only once the new one is in place. The old
 * one waits under a fixed name beside `out`, so that a swap cut short (Ctrl-C here, or a next run after a kill)
 * can be put right: see recoverSwap.
 */
export async function swapIn(staging: string, out: string): Promise<void> {
  const old = oldBuildPath(out);
  await rm(old, { recursive: true, force: true });
  const release = onInterrupt(() => recoverSwap(out));
  try {
    const hadOld = await rename(out, old).then(
      () => true,
      () => false,
    );
    faultPoint('build:aside');
    await rename(staging, out);
    faultPoint('build:swapped');
    if (hadOld) await rm(old, { recursive: true, force: true });
  } finally {
    release();
  }
}

/** After a swap cut short: the old build back if the new one never arrived; the leftovers of any build removed. */
export function recoverSwap(out: string): void {
  const old = oldBuildPath(out);
  if (!existsSync(out) && existsSync(old)) renameSync(old, out);
  rmSync(old, { recursive: true, force: true });
  const folder = dirname(out);
  const prefix = `${basename(out)}.`;
  for (const name of existsSync(folder) && statSync(folder).isDirectory() ? readdirSync(folder) : []) {
    if (name.startsWith(prefix) && /\.\d+\.[0-9a-f]{8}\.building$/u.test(name)) rmSync(join(folder, name), { recursive: true, force: true });
  }
}

function oldBuildPath(out: string): string {
  return `${out}.deck-old`;
}

/** Runs a write of the build, turning a full or read-only disk into a message that names the folder. */
export async function writing<T>(out: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!DISK_ERRORS.has(code)) throw error;
    throw new DeckError('build-write', `could not write the build to ${out} (${DISK_ERRORS.get(code)})`, {
      file: out,
      hint: 'Free some space, or give a folder you may write to with --out.',
    });
  }
}

const DISK_ERRORS = new Map([
  ['ENOSPC', 'the disk is full'],
  ['EROFS', 'the disk is read-only'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
  ['ENOTDIR', 'a part of the path is a file'],
  ['EISDIR', 'it is a folder'],
  ['EDQUOT', 'the disk quota is used up'],
]);

/** The bytes of every file under `dir`. */
export async function folderSize(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const sizes = await Promise.all(entries.filter((e) => e.isFile()).map(async (e) => (await stat(join(e.parentPath, e.name))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

