// Where the commands write: never over the user's files or inputs, never into /proc, and a build swap that a kill cannot lose.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { ROOT, recordingConsole } from '../helpers.ts';

let dir: string;
let slides: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deck-output-'));
  slides = join(dir, 'slides');
  await cp(join(ROOT, 'slides'), slides, { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function deck(...args: string[]): Promise<{ code: number; errors: string; ms: number }> {
  let errors = '';
  const start = performance.now();
  const code = await main(args, { console: recordingConsole(), error: (t) => (errors += t) });
  return { code, errors, ms: performance.now() - start };
}

/** `deck build` in a child process that kills itself at `fault` (a step of the swap). */
function buildKilledAt(out: string, fault: string): Promise<void> {
  const child = spawn(process.execPath, ['src/bin.mjs', 'build', '--slides', slides, '--out', out], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, DECK_FAULT: fault } });
  return new Promise((resolve) => child.on('exit', () => resolve()));
}

describe('the folders and files the commands write', () => {
  it('never empties a folder that is not a build, even one holding an index.html', async () => {
    const out = join(dir, 'site');
    await mkdir(join(out, 'photos'), { recursive: true });
    await writeFile(join(out, 'index.html'), '<p>my page</p>');
    await writeFile(join(out, 'precious.txt'), 'mine');
    const run = await deck('build', '--slides', slides, '--out', out);
    expect(run.code).toBe(1);
    expect(run.errors).toMatch(/holds files that are not an earlier build/u);
    expect((await readdir(out)).sort()).toEqual(['index.html', 'photos', 'precious.txt']);
  });

  it.each([
    ['build', '--out', 'slides/dist'],
    ['build', '--single-file', '--out', 'slides/01-title.md'],
    ['pdf', '--out', 'slides/01-title.md'],
  ])('refuses to write over an input: %s %s %s', async (...args) => {
    const before = await readFile(join(slides, '01-title.md'), 'utf8');
    const run = await deck(...args.map((a) => a.replace(/^slides/u, slides)), '--slides', slides);
    expect(run.code).toBe(1);
    expect(run.errors).toMatch(/would write over the slides/u);
    expect(await readFile(join(slides, '01-title.md'), 'utf8')).toBe(before);
  });

  it.each([
    ['generate', '--out', '/proc/self/deck-slides'],
    ['pdf', '--out', '/proc/self/deck.pdf'],
    ['build', '--single-file', '--out', '/proc/self/deck.html'],
    ['build', '--out', '/proc/self/dist'],
  ])('refuses a system folder at once: %s %s %s', async (...args) => {
    const run = await deck(...args, ...(args[0] === 'generate' ? [] : ['--slides', slides]));
    expect(run.code).toBe(1);
    expect(run.errors).toMatch(/is in a system folder/u);
    expect(run.ms).toBeLessThan(5000);
  });

  it('says a single file cannot be written over a folder, and where a file stands in the path', async () => {
    const folder = join(dir, 'a-folder');
    await mkdir(folder);
    expect((await deck('build', '--single-file', '--slides', slides, '--out', folder)).errors).toMatch(/is a folder: --single-file writes one HTML file/u);
    const file = join(dir, 'a-file');
    await writeFile(file, 'x');
    const run = await deck('build', '--slides', slides, '--out', join(file, 'dist'));
    expect(run.code).toBe(1);
    expect(run.errors).toMatch(/which is a file, not a folder/u);
  }, 60_000);
});

describe('a build swap cut short', () => {
  it('puts the old build back on Ctrl-C, and a next run finishes what kill -9 left', async () => {
    const out = join(dir, 'dist');
    expect((await deck('build', '--slides', slides, '--out', out)).code).toBe(0);
    const first = await readFile(join(out, 'index.html'), 'utf8');

    await buildKilledAt(out, 'build:aside:int');
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe(first);

    await buildKilledAt(out, 'build:aside');
    expect(existsSync(out)).toBe(false); // killed outright between the two renames: dist is aside
    expect((await deck('build', '--slides', slides, '--out', out)).code).toBe(0);
    expect(existsSync(join(out, '.deck-build'))).toBe(true);
    expect((await readdir(dir)).filter((n) => n.startsWith('dist.'))).toEqual([]);
  }, 120_000);
});
