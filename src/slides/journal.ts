// Switching a slides folder to a new set of files as one step: the new files are staged, a journal that
// lists the switch is committed, then the switch is made. A run interrupted before the commit leaves the old
// set; after it, Ctrl-C finishes the switch before exiting, and a run killed outright is finished by the next
// one (or by the next read of the folder). Either way a reader sees the whole old set or the whole new one.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { faultPoint } from '../faults.ts';
import { onInterrupt } from '../atomic.ts';

/** What the switch does: files from the staging folder moved in (by name), and files removed. */
export interface Switch {
  moves: string[];
  removes: string[];
}

/** The staging folder inside a slides folder. */
export const STAGING = '.deck-staging';

/** Writes `files` (name → content) and switches `dir` to them, removing `removes`, as one step. */
export async function switchFolder(dir: string, files: ReadonlyMap<string, string>, removes: readonly string[]): Promise<void> {
  recoverFolder(dir);
  const staging = join(dir, STAGING);
  let committed = false;
  const release = onInterrupt(() => (committed ? finish(dir) : rmSync(staging, { recursive: true, force: true })));
  try {
    await mkdir(staging, { recursive: true });
    let written = 0;
    for (const [name, content] of files) {
      await writeFile(join(staging, name), content, 'utf8');
      faultPoint(`generate:staged:${++written}`);
    }
    await commit(staging, { moves: [...files.keys()], removes: [...removes] });
    committed = true;
    faultPoint('generate:committed');
    await apply(dir);
  } finally {
    if (!committed) await rm(staging, { recursive: true, force: true });
    release();
  }
}

/**
 * Brings `dir` to a whole set after an earlier run was killed: finishes a committed switch, drops an
 * uncommitted one, and removes the temp files an older version of the tool could leave behind.
 */
export function recoverFolder(dir: string): void {
  const staging = join(dir, STAGING);
  if (existsSync(join(staging, JOURNAL))) finish(dir);
  else rmSync(staging, { recursive: true, force: true });
  const names = existsSync(dir) ? readdirSync(dir) : [];
  for (const name of names) if (OLD_TEMP.test(name)) rmSync(join(dir, name), { force: true });
}

// -- internal --

const JOURNAL = 'journal.json';
const OLD_TEMP = /\.\d+\.[0-9a-f]{8}\.tmp$/u;

async function commit(staging: string, change: Switch): Promise<void> {
  const temp = join(staging, `${JOURNAL}.tmp`);
  await writeFile(temp, JSON.stringify(change), 'utf8');
  await rename(temp, join(staging, JOURNAL));
}

async function apply(dir: string): Promise<void> {
  const staging = join(dir, STAGING);
  const change = readJournal(staging);
  let moved = 0;
  for (const name of change.moves) {
    await rename(join(staging, name), join(dir, name));
    faultPoint(`generate:moved:${++moved}`);
  }
  for (const name of change.removes) await rm(join(dir, name), { force: true });
  await rm(staging, { recursive: true, force: true });
}

/** The committed switch, finished synchronously: from a signal handler, or at the start of a next run. */
function finish(dir: string): void {
  const staging = join(dir, STAGING);
  const change = readJournal(staging);
  for (const name of change.moves) if (existsSync(join(staging, name))) renameSync(join(staging, name), join(dir, name));
  for (const name of change.removes) rmSync(join(dir, name), { force: true });
  rmSync(staging, { recursive: true, force: true });
}

function readJournal(staging: string): Switch {
  const parsed = JSON.parse(readFileSync(join(staging, JOURNAL), 'utf8')) as Partial<Switch>;
  const names = (list: unknown): string[] => (Array.isArray(list) ? list.filter((n): n is string => typeof n === 'string' && !/[\\/]/u.test(n)) : []);
  return { moves: names(parsed.moves), removes: names(parsed.removes) };
}
