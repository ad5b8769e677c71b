// A `deck build` cut short at each step of swapping the new build in: the folder holds one whole build, and no debris.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoverSwap } from '../../src/build-folder.ts';
import { main } from '../../src/cli.ts';
import { ROOT, recordingConsole } from '../helpers.ts';

let dir: string;
const slides = join(ROOT, 'slides');
const built = (): string => join(dir, 'built');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deck-swap-'));
  expect(await build(built())).toBe(0);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const build = (out: string): Promise<number> => main(['build', '--slides', slides, '--out', out], { console: recordingConsole(), error: () => {} });

/** `deck build` in a child process that kills itself at `fault`; resolves with its exit code (137 for kill -9). */
function buildKilledAt(out: string, fault: string): Promise<number | null> {
  const child = spawn(process.execPath, ['src/bin.mjs', 'build', '--slides', slides, '--out', out], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, DECK_FAULT: fault } });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal === 'SIGKILL' ? 137 : code)));
}

/** An earlier build at `<case>/dist`, marked so the test can tell it from the new one. */
async function earlierBuild(name: string): Promise<string> {
  const out = join(dir, name, 'dist');
  await cp(built(), out, { recursive: true });
  await writeFile(join(out, 'earlier.txt'), 'the earlier build');
  return out;
}

/** What the folder beside `out` holds: `dist` and anything else (debris). */
async function beside(out: string): Promise<string[]> {
  return (await readdir(join(out, '..'))).sort();
}

const isNewBuild = (out: string): boolean => existsSync(join(out, '.deck-build')) && !existsSync(join(out, 'earlier.txt'));

describe.concurrent('a build swap cut short', () => {
  it.each(['build:aside', 'build:swapped'])('Ctrl-C at %s finds the swap made, with no old build left beside it', async (step) => {
    const out = await earlierBuild(`int-${step.replace(':', '-')}`);
    expect([0, 130]).toContain(await buildKilledAt(out, `${step}:int`));
    expect(isNewBuild(out)).toBe(true);
    expect(await beside(out)).toEqual(['dist']);
  }, 60_000);

  it('kill -9 between the two renames: the next build puts the old one back, then replaces it', async () => {
    const out = await earlierBuild('kill-aside');
    expect(await buildKilledAt(out, 'build:aside')).toBe(137);
    expect(existsSync(out)).toBe(false); // only here: dist is aside, under a name the next build knows
    // In either order: the building folder's name carries random hex, which may sort before «deck-old».
    const left = await beside(out);
    expect(left).toHaveLength(2);
    expect(left).toEqual(expect.arrayContaining([expect.stringMatching(/^dist\.\d+\.[0-9a-f]{8}\.building$/u), expect.stringMatching(/^dist\.\d+\.deck-old$/u)]));
    recoverSwap(out); // what the next build does first
    expect(await readFile(join(out, 'earlier.txt'), 'utf8')).toBe('the earlier build');
    expect(await build(out)).toBe(0);
    expect(isNewBuild(out)).toBe(true);
    expect(await beside(out)).toEqual(['dist']);
  }, 60_000);

  it('kill -9 after the swap: the new build is in, and the next build removes the old one', async () => {
    const out = await earlierBuild('kill-swapped');
    expect(await buildKilledAt(out, 'build:swapped')).toBe(137);
    expect(isNewBuild(out)).toBe(true);
    expect(await build(out)).toBe(0);
    expect(await beside(out)).toEqual(['dist']);
  }, 60_000);
});

describe('recovering a build folder', () => {
  it('restores an older version’s dist.PID.old when dist is gone, and removes the half-made builds of ended runs only', async () => {
    const out = join(dir, 'recover', 'dist');
    await cp(built(), `${out}.4242.old`, { recursive: true });
    await mkdir(`${out}.4243.0badf00d.building`);
    const live = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    await mkdir(`${out}.${live.pid}.deadbeef.building`);
    await mkdir(`${out}.2024.old`); // not a build: someone's own folder
    recoverSwap(out);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe(await readFile(join(built(), 'index.html'), 'utf8'));
    expect(await beside(out)).toEqual(['dist', `dist.${live.pid}.deadbeef.building`, 'dist.2024.old'].sort());
    live.kill('SIGKILL');
  });
});
