// Interrupting `deck generate` at every step of its write: the folder always holds one whole set of slides.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { readSlides } from '../../src/deck/read.ts';
import { ROOT, recordingConsole } from '../helpers.ts';

let dir: string;
let oldSet: Map<string, string>;
let newSet: Map<string, string>;
const newArticle = (): string => join(dir, 'long.txt');
const EDITED = '02-agenda.md';
const MINE = '50-mine.md';

const generate = (article: string, out: string): Promise<number> =>
  main(['generate', '--article', article, '--out', out], { console: recordingConsole(), error: () => {} });

/** Every entry of the folder (hidden ones too) with the content of its files. */
async function snapshot(folder: string): Promise<Map<string, string>> {
  const names = (await readdir(folder)).sort();
  return new Map(await Promise.all(names.map(async (n): Promise<[string, string]> => [n, await readFile(join(folder, n), 'utf8').catch(() => '<folder>')])));
}

/** Which whole set the folder holds: 'old', 'new', or a list of what differs from both (a mix, or debris). */
async function wholeSet(folder: string): Promise<string | string[]> {
  const after = await snapshot(folder);
  const same = (set: Map<string, string>): boolean => after.size === set.size && [...set].every(([n, c]) => after.get(n) === c);
  if (same(oldSet)) return 'old';
  if (same(newSet)) return 'new';
  return [...after.keys()].filter((n) => after.get(n) !== oldSet.get(n) && after.get(n) !== newSet.get(n));
}

/** Runs generate of the new article in a child process that kills itself at `fault`; resolves with its exit code. */
function interrupted(out: string, fault: string): Promise<number | null> {
  const child = spawn(process.execPath, ['src/bin.mjs', 'generate', '--article', newArticle(), '--out', out], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, DECK_FAULT: fault },
  });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal === 'SIGKILL' ? 137 : code)));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deck-interrupt-'));
  const items = Array.from({ length: 30 }, (_, i) => `${i + 1}- سبب رقم ${i + 1}، إذ يشرح هذا البند جانباً آخر من الظاهرة المدروسة بالتفصيل الكافي. وقد تناولته دراسات كثيرة في السنوات الأخيرة في أكثر من بلد عربي وأجنبي.`);
  await writeFile(newArticle(), `عنوان آخر\n\nأسباب متعددة:\n${items.join('\n')}\n`);
  // The old set holds a slide edited by hand and one written by hand: both must come through every interruption.
  const old = join(dir, 'old');
  await generate(join(ROOT, 'slides', 'article.txt'), old);
  await writeFile(join(old, EDITED), `${await readFile(join(old, EDITED), 'utf8')}\nسطر أضافه المقدم بيده.\n`);
  await writeFile(join(old, MINE), '---\nid: mine\n---\n\n# شريحتي\n');
  await cp(old, join(dir, 'new'), { recursive: true });
  await generate(newArticle(), join(dir, 'new'));
  oldSet = await snapshot(old);
  newSet = await snapshot(join(dir, 'new'));
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

// Concurrent: 18 child processes at a time on a 2-core machine, beside the other test files, so each may wait
// its turn well past the default timeout.
describe.concurrent('interrupting deck generate', () => {
  // The switch writes the 32 new files into a staging folder (staged:N), commits a journal, then moves them
  // in (moved:N) and removes the 11 slides the article no longer makes (removed:N).
  const steps = ['staged:1', 'staged:16', 'staged:32', 'committed', 'moved:1', 'moved:16', 'moved:32', 'removed:1', 'removed:11'].map((s) => `generate:${s}`);
  const expected = (step: string): string => (step.includes('staged') ? 'old' : 'new');

  it('switches 32 files in (one of them over an old one) and 11 out, keeping the hand-edited and the hand-written slide', () => {
    expect(newSet.size).toBe(oldSet.size + 31 - 11);
    expect([newSet.get(EDITED), newSet.get(MINE)]).toEqual([oldSet.get(EDITED), oldSet.get(MINE)]);
  });

  it.each(steps)('Ctrl-C at %s leaves the whole old set or the whole new one, no debris, and the next run completes', async (step) => {
    const out = join(dir, `int-${step.replaceAll(':', '-')}`);
    await cp(join(dir, 'old'), out, { recursive: true });
    // Before the commit Ctrl-C stops the run (130). The switch itself is synchronous: a Ctrl-C during it is
    // seen once it is made, and the run then stops (130) or, with nothing left to wait for, ends (0).
    expect(expected(step) === 'old' ? [130] : [0, 130]).toContain(await interrupted(out, `${step}:int`));
    expect(await wholeSet(out)).toBe(expected(step));
    expect(await generate(newArticle(), out)).toBe(0);
    expect(await wholeSet(out)).toBe('new');
  }, 180_000);

  it.each(steps)('kill -9 at %s is finished or undone by the next read, then the next run', async (step) => {
    const out = join(dir, `kill-${step.replaceAll(':', '-')}`);
    await cp(join(dir, 'old'), out, { recursive: true });
    await writeFile(join(out, '05-cause-1.md.4242.deadbeef.tmp'), 'left by an older version killed mid-write');
    expect(await interrupted(out, step)).toBe(137);
    await readSlides(out);
    expect(await wholeSet(out)).toBe(expected(step));
    expect(await generate(newArticle(), out)).toBe(0);
    expect(await wholeSet(out)).toBe('new');
  }, 180_000);
});
