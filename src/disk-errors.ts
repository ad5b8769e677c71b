// A full, read-only or misnamed output path, said in one line a person can act on instead of a stack trace.
import { constants } from 'node:os';
import { DeckError } from './errors.ts';

/**
 * Runs `write`, turning a disk error (full, read-only, no permission, a file where a folder should be or the
 * reverse) into a DeckError that names `path`, the output the user gave. `what` says what was being written.
 */
export async function writing<T>(path: string, write: () => Promise<T>, what = 'the build'): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw diskError(error, path, what) ?? error;
  }
}

/** The DeckError for a disk error while writing `what` to `path`, or undefined when `error` is not one. */
export function diskError(error: unknown, path: string, what: string): DeckError | undefined {
  if (error instanceof DeckError) return undefined; // already says what to do
  const code = errorCode(error);
  const problem = DISK_PROBLEMS[code];
  if (problem === undefined) return undefined;
  return new DeckError(`disk-${code.toLowerCase()}`, `could not write ${what} to ${path}: ${problem.says}`, { hint: problem.hint });
}

// -- internal --

/**
 * The errno name of `error`. The bundler and Playwright pass a disk error on as text only: Rust's
 * "No space left on device (os error 28)", or Node's "ENOSPC: …" inside another message.
 */
function errorCode(error: unknown): string {
  const own = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof own === 'string' && own in DISK_PROBLEMS) return own;
  const text = String(error);
  const number = Number(/\(os error (\d+)\)/u.exec(text)?.[1] ?? Number.NaN);
  const byNumber = Object.entries(constants.errno).find(([, n]) => n === number)?.[0];
  return byNumber ?? /\b(E[A-Z]{3,9})\b/u.exec(text)?.[1] ?? own ?? '';
}

const ELSEWHERE = 'Give --out a path in a folder you may write to.';
const DISK_PROBLEMS: Partial<Record<string, { says: string; hint: string }>> = {
  ENOSPC: { says: 'the disk is full', hint: 'Free some space on that disk, or give --out a path on another one.' },
  EDQUOT: { says: 'your disk quota is used up', hint: 'Free some space, or give --out a path on another disk.' },
  EROFS: { says: 'the disk is read-only', hint: ELSEWHERE },
  EACCES: { says: 'permission denied', hint: ELSEWHERE },
  EPERM: { says: 'the operation is not permitted there', hint: ELSEWHERE },
  ENOTDIR: { says: 'a part of the path is a file, not a folder', hint: 'Give --out a path whose folders are folders.' },
  EISDIR: { says: 'a folder stands where the file would go', hint: 'Give --out the name of a file, not of a folder.' },
};
