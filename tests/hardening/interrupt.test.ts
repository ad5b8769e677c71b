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

const generate = (article: string, out: string): Promise<number> =>
  main(['generate', '--article', article, '--out', out], { console: recordingConsole(), error: () => {} });

/** Every entry of the folder (hidden ones too) with the content of its files. */
async function snapshot(folder: string): Promise<Map<string, string>> {
  const names = (await readdir(folder)).sort();
  return new Map(await Promise.all(names.map(async (n): Promise<[string, string]> => [n, await readFile(join(folder, n), 'utf8').catch(() => '<folder>')])));
}

/** Runs generate of the new article in a child process that kills itself at `fault`; resolves on its exit. */
function interrupted(out: string, fault: string): Promise<void> {
  const child = spawn(process.execPath, ['src/bin.mjs', 'generate', '--article', newArticle(), '--out', out], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, DECK_FAULT: fault },
  });
  return new Promise((resolve) => child.on('exit', () => resolve()));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deck-interrupt-'));
  const items = Array.from({ length: 30 }, (_, i) => `${i + 1}- سبب رقم ${i + 1}، إذ يشرح هذا البند جانباً آخر من الظاهرة المدروسة بالتفصيل الكافي. وقد تناولته دراسات كثيرة في السنوات الأخيرة في أكثر من بلد عربي وأجنبي.`);
  await writeFile(newArticle(), `عنوان آخر\n\nأسباب متعددة:\n${items.join('\n')}\n`);
  await generate(join(ROOT, 'slides', 'article.txt'), join(dir, 'old'));
  await generate(newArticle(), join(dir, 'new'));
  oldSet = await snapshot(join(dir, 'old'));
  newSet = await snapshot(join(dir, 'new'));
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('interrupting deck generate', () => {
  // The switch writes the new files into a staging folder (staged:N), commits a journal, then moves them in (moved:N).
  const steps = ['generate:staged:1', 'generate:staged:20', 'generate:committed', 'generate:moved:1', 'generate:moved:20'];

  it.each(steps)('Ctrl-C at %s leaves the whole old set or the whole new one, and no debris', async (step) => {
    const out = join(dir, `int-${step.replaceAll(':', '-')}`);
    await cp(join(dir, 'old'), out, { recursive: true });
    await interrupted(out, `${step}:int`);
    const after = await snapshot(out);
    expect([after, step.includes('staged') ? 'old' : 'new']).toEqual([step.includes('staged') ? oldSet : newSet, step.includes('staged') ? 'old' : 'new']);
  }, 30_000);

  it.each(steps)('kill -9 at %s is finished or undone by the next read, then the next run', async (step) => {
    const out = join(dir, `kill-${step.replaceAll(':', '-')}`);
    await cp(join(dir, 'old'), out, { recursive: true });
    await writeFile(join(out, '05-cause-1.md.4242.deadbeef.tmp'), 'left by an older version killed mid-write');
    await interrupted(out, step);
    await readSlides(out);
    expect(await snapshot(out)).toEqual(step.includes('staged') ? oldSet : newSet);
    expect(await generate(newArticle(), out)).toBe(0);
    expect(await snapshot(out)).toEqual(newSet);
  }, 30_000);
});
