// The build folder on disk: swapped in whole, and put right after a swap cut short.
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ownerRunning, removeOnInterrupt } from './atomic.ts';
import { DeckError } from './errors.ts';
import { faultPoint } from './faults.ts';

/**
 * Replaces the folder `out` by `staging`; the old build is removed only once the new one is in place. The two
 * renames are synchronous, so no signal handler runs between them: Ctrl-C or SIGTERM finds the swap done or
 * not begun. Only a kill -9 can land between them, leaving the old build aside under a name the next build
 * knows (see recoverSwap).
 */
export async function swapIn(staging: string, out: string): Promise<void> {
  const old = `${out}.${process.pid}.deck-old`;
  const hadOld = existsSync(out);
  if (hadOld) renameSync(out, old);
  faultPoint('build:aside');
  try {
    renameSync(staging, out);
  } catch (error) {
    if (hadOld && !existsSync(out)) renameSync(old, out);
    throw swapError(error, out);
  }
  faultPoint('build:swapped');
  if (!hadOld) return;
  const release = removeOnInterrupt(() => [old]);
  try {
    await rm(old, { recursive: true, force: true });
  } finally {
    release();
  }
}

/**
 * Puts right what a build cut short left beside `out`: the old build back if the new one never arrived, and
 * the old builds and half-made builds of runs no longer running removed (also an older version's `out.PID.old`).
 */
export function recoverSwap(out: string): void {
  const leftovers = leftoversOf(out).filter((l) => !ownerRunning(l.owner));
  const olds = leftovers.filter((l) => l.kind === 'old').sort((a, b) => b.modified - a.modified);
  const [newest] = olds;
  if (newest !== undefined && !existsSync(out)) {
    renameSync(newest.path, out);
    olds.shift();
  }
  for (const leftover of [...olds, ...leftovers.filter((l) => l.kind === 'building')]) rmSync(leftover.path, { recursive: true, force: true });
}

/** The bytes of every file under `dir`. */
export async function folderSize(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const sizes = await Promise.all(entries.filter((e) => e.isFile()).map(async (e) => (await stat(join(e.parentPath, e.name))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

// -- internal --

interface Leftover {
  path: string;
  kind: 'old' | 'building';
  /** The pid of the run that left it (0 when its name does not say). */
  owner: number;
  modified: number;
}

/**
 * The folders a build of `out` leaves beside it while it works: `out.PID.HEX.building` (the new build),
 * `out.PID.deck-old` or the first journal version's `out.deck-old` (the old one, aside during the swap), and
 * an older version's `out.PID.old` when it holds a build.
 */
function leftoversOf(out: string): Leftover[] {
  const folder = dirname(out);
  const prefix = `${basename(out)}.`;
  const names = existsSync(folder) && statSync(folder).isDirectory() ? readdirSync(folder) : [];
  return names.flatMap((name): Leftover[] => {
    if (!name.startsWith(prefix)) return [];
    const rest = name.slice(prefix.length);
    const path = join(folder, name);
    const building = /^(\d+)\.[0-9a-f]{8}\.building$/u.exec(rest);
    const old = /^(?:(\d+)\.)?deck-old$/u.exec(rest) ?? (existsSync(join(path, 'index.html')) ? /^(\d+)\.old$/u.exec(rest) : null);
    const match = building ?? old;
    if (match === null) return [];
    return [{ path, kind: building === null ? 'old' : 'building', owner: Number(match[1] ?? 0), modified: statSync(path).mtimeMs }];
  });
}

function swapError(error: unknown, out: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'ENOTEMPTY' && code !== 'EEXIST') return error;
  return new DeckError('build-race', `another build was written into ${out} at the same time`, { file: out, hint: 'Run one build at a time into a folder; run this one again.' });
}
