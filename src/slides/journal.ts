// Switching a slides folder to a new set of files as one step: the new files are staged, a journal that
// lists the switch is committed, then the switch is made. A run interrupted before the commit leaves the old
// set; after it, the switch is finished (Ctrl-C waits for it), and a run killed outright is finished by the
// next one, or by the next read of the folder. Either way a reader sees the whole old set or the whole new one.
import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { onInterrupt, ownerRunning, removeNow } from '../atomic.ts';
import { SlideFileError } from '../errors.ts';
import { faultPoint } from '../faults.ts';

/** What the switch does: files from the staging folder moved in (by name), and files removed. */
export interface Switch {
  moves: string[];
  removes: string[];
}

/** The staging folder of the run with process id `pid`, inside a slides folder (the pid says whose it is). */
export function stagingFolder(dir: string, pid = process.pid): string {
  return join(dir, `.deck-staging-${pid}`);
}

/** Writes `files` (name → content) and switches `dir` (which exists) to them, removing `removes`, as one step. */
export async function switchFolder(dir: string, files: ReadonlyMap<string, string>, removes: readonly string[]): Promise<void> {
  recoverFolder(dir);
  const staging = stagingFolder(dir);
  let committed = false;
  const release = onInterrupt(() => (committed ? finish(staging, dir) : removeNow(staging)));
  try {
    await mkdir(staging);
    let written = 0;
    for (const [name, content] of files) {
      await writeFile(join(staging, name), content, 'utf8');
      faultPoint(`generate:staged:${++written}`);
    }
    await commit(staging, { moves: [...files.keys()], removes: [...removes] });
    committed = true;
    faultPoint('generate:committed');
    // Synchronous, so no signal handler can run in the middle of it: Ctrl-C here is handled once it is done.
    finish(staging, dir);
  } finally {
    // Left to the next run if it cannot go now, so the error that stopped this one is the one reported.
    if (!committed) await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    release();
  }
}

/**
 * Brings `dir` to a whole set after an earlier run was killed: finishes a committed switch, drops an
 * uncommitted one, and removes the temp files an older version of the tool left behind. What a run still at
 * work (another live process) is writing is left alone; a switch it has committed may be finished by anyone.
 */
export function recoverFolder(dir: string): void {
  try {
    for (const name of entries(dir)) {
      const staging = STAGING.exec(name);
      const temp = OLD_TEMP.exec(name);
      if (staging !== null) recoverStaging(join(dir, name), dir, Number(staging[1] ?? 0));
      else if (temp !== null && !ownerRunning(Number(temp[1]))) rmSync(join(dir, name), { force: true });
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new SlideFileError('slides-recover', `could not finish or undo an interrupted "deck generate" in ${dir} (${code})`, {
      file: dir,
      hint: 'Run "deck generate" again where you may write to that folder.',
    });
  }
}

// -- internal --

const JOURNAL = 'journal.json';
/** A staging folder (the pid of its run; none in the first version of the journal). */
const STAGING = /^\.deck-staging(?:-(\d+))?$/u;
/** A temp file an older version wrote beside a slide file or the logo: `NN-x.md.<pid>.<hex>.tmp`. */
const OLD_TEMP = /^(?:\d+-[^/\\]+\.md|logo\.[a-z]+)\.(\d+)\.[0-9a-f]{8}\.tmp$/u;

function recoverStaging(staging: string, dir: string, owner: number): void {
  if (readJournal(staging) !== undefined) finish(staging, dir);
  else if (!ownerRunning(owner)) rmSync(staging, { recursive: true, force: true });
}

async function commit(staging: string, change: Switch): Promise<void> {
  const temp = join(staging, `${JOURNAL}.tmp`);
  await writeFile(temp, JSON.stringify(change), 'utf8');
  await rename(temp, join(staging, JOURNAL));
}

/**
 * Makes the committed switch of `staging`. Synchronous, so a signal handler can call it, and idempotent,
 * so two processes (the run and a reader) may both make it: a file already moved is skipped.
 */
function finish(staging: string, dir: string): void {
  const change = readJournal(staging);
  if (change === undefined) return; // finished already
  change.moves.forEach((name, index) => {
    moveIfThere(join(staging, name), join(dir, name));
    faultPoint(`generate:moved:${index + 1}`);
  });
  change.removes.forEach((name, index) => {
    rmSync(join(dir, name), { force: true });
    faultPoint(`generate:removed:${index + 1}`);
  });
  rmSync(staging, { recursive: true, force: true });
}

function moveIfThere(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** The committed switch in `staging`, or undefined when there is none (not committed, or finished). */
function readJournal(staging: string): Switch | undefined {
  let text: string;
  try {
    text = readFileSync(join(staging, JOURNAL), 'utf8');
  } catch {
    return undefined;
  }
  const parsed = JSON.parse(text) as Partial<Switch>;
  const names = (list: unknown): string[] => (Array.isArray(list) ? list.filter((n): n is string => typeof n === 'string' && !/[\\/]/u.test(n) && n !== '..') : []);
  return { moves: names(parsed.moves), removes: names(parsed.removes) };
}

/** The names in `dir`; none when it is missing, a file, or unreadable (reading it will say why). */
function entries(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
