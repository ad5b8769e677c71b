// Writes that a reader, a crash or Ctrl-C sees whole or not at all: temp files beside their target, renamed into place.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/** A fresh name beside `path`: in the same folder, so renaming it over `path` cannot cross file systems. */
export function tempPathBeside(path: string, suffix = 'tmp'): string {
  return `${path}.${process.pid}.${randomBytes(4).toString('hex')}.${suffix}`;
}

/**
 * Whether the process `pid`, whose pid names a temp file or folder it left, may still be writing it (another
 * deck run at work in the same folder). The current process counts as not running: a run looks for leftovers
 * before it makes any of its own, so one with its pid was left by an earlier process that had the same pid.
 */
export function ownerRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Has `write` make the new file at a temp path, then renames it over `path`; on failure or Ctrl-C the temp goes. */
export async function replaceAtomically(path: string, write: (temp: string) => Promise<unknown>): Promise<void> {
  const temp = tempPathBeside(path);
  const release = removeOnInterrupt(() => [temp]);
  try {
    await write(temp);
    await rename(temp, path);
  } finally {
    await rm(temp, { force: true });
    release();
  }
}

/**
 * While the returned function has not been called, Ctrl-C (SIGINT) or SIGTERM removes `paths()` and
 * ends the process with the conventional code (130 for SIGINT, 143 for SIGTERM). A second signal
 * during the clean-up is absorbed, so an impatient double Ctrl-C cannot cut it short.
 */
export function removeOnInterrupt(paths: () => Iterable<string>): () => void {
  return onInterrupt(() => {
    for (const path of paths()) removeNow(path);
  });
}

/**
 * Removes `path` (a file or a folder) at once, from a signal handler. A write already handed to the thread
 * pool (or to the bundler's own threads) can still add a file while the folder is being emptied, and Node's
 * own retries only retry the last rmdir: the whole removal is tried again, which lists and removes that file.
 */
export function removeNow(path: string, attempts = 20): void {
  for (let attempt = 1; ; attempt++) {
    try {
      rmSync(path, { recursive: true, force: true });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOTEMPTY' || attempt >= attempts) throw error;
    }
  }
}

/**
 * While the returned function has not been called, Ctrl-C (SIGINT) or SIGTERM runs `cleanUp` (which must be
 * synchronous), then ends the process with the conventional code (130, 143). A second signal during the
 * clean-up is absorbed. However many writes are under way, the process listens once per signal (Node warns
 * of a leak past ten listeners, and a user would see that warning).
 */
export function onInterrupt(cleanUp: () => void): () => void {
  pending.add(cleanUp);
  if (pending.size === 1) for (const signal of SIGNALS) process.on(signal, stop);
  return () => {
    pending.delete(cleanUp);
    if (pending.size === 0 && !stopping) for (const signal of SIGNALS) process.removeListener(signal, stop);
  };
}

// -- internal --

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const pending = new Set<() => void>();
let stopping = false;

function stop(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  for (const cleanUp of [...pending]) {
    try {
      cleanUp();
    } catch {
      // Never a stack trace from a stop: what could not be put right now, the next run puts right.
    }
  }
  // After this tick, so that every other clean-up registered for the signal runs too.
  setImmediate(() => process.exit(signal === 'SIGINT' ? 130 : 143));
}
