// Where the commands write: never over the user's files or inputs, never into /proc or through a file.
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

  it('never empties a folder without the marker, even one holding only what a build holds', async () => {
    const out = join(dir, 'looks-like-a-build');
    await mkdir(join(out, 'assets'), { recursive: true });
    await writeFile(join(out, 'index.html'), '<p>my page</p>');
    await writeFile(join(out, 'assets', 'app.js'), 'mine');
    const run = await deck('build', '--slides', slides, '--out', out);
    expect(run.code).toBe(1);
    expect(run.errors).toMatch(/no \.deck-build marker/u);
    expect(await readFile(join(out, 'assets', 'app.js'), 'utf8')).toBe('mine');
  });

  it.each([
    ['pdf', 'deck.pdf', /not a PDF file/u],
    ['build', 'deck.html', /not an HTML file/u],
  ])('%s never writes its one file over a file it did not write (%s holding notes)', async (command, name, message) => {
    const out = join(dir, 'own', name);
    await mkdir(join(dir, 'own'), { recursive: true });
    await writeFile(out, 'my notes');
    const run = await deck(command, ...(command === 'build' ? ['--single-file'] : []), '--slides', slides, '--out', out);
    expect([run.code, run.errors]).toEqual([1, expect.stringMatching(message)]);
    expect(run.ms).toBeLessThan(5000); // refused before any build or printing
    expect(await readFile(out, 'utf8')).toBe('my notes');
  });

  it('pdf refuses a folder as its --out file before building or printing anything', async () => {
    await mkdir(join(dir, 'a-pdf-folder'), { recursive: true });
    const run = await deck('pdf', '--slides', slides, '--out', join(dir, 'a-pdf-folder'));
    expect([run.code, run.errors]).toEqual([1, expect.stringMatching(/is a folder: deck pdf writes one PDF file/u)]);
    expect(run.ms).toBeLessThan(5000);
  });

  it('generate refuses the article itself as --out, and says so plainly for a file', async () => {
    const article = join(slides, 'article.txt');
    const before = await readFile(article, 'utf8');
    const run = await deck('generate', '--article', article, '--out', article);
    expect([run.code, run.errors]).toEqual([1, expect.stringMatching(/would write over the article/u)]);
    const file = join(dir, 'not-a-folder');
    await writeFile(file, 'x');
    const other = await deck('generate', '--article', article, '--out', file);
    expect([other.code, other.errors]).toEqual([1, expect.stringMatching(/cannot use .* as the slides folder: it is a file, not a folder/u)]);
    expect(await readFile(article, 'utf8')).toBe(before);
  });

  it.each([
    ['build', '--out', 'slides/dist'],
    ['build', '--out', 'slides/..'],
    ['build', '--single-file', '--out', 'slides/01-title.md'],
    ['pdf', '--out', 'slides/01-title.md'],
    ['pdf', '--out', 'slides/deck.pdf'],
  ])('refuses to write over an input: %s %s %s', async (...args) => {
    const before = await readFile(join(slides, '01-title.md'), 'utf8');
    const run = await deck(...args.map((a) => a.replace(/^slides/u, slides)), '--slides', slides);
    expect(run.code).toBe(1);
    expect(run.errors).toMatch(/would write over the slides/u);
    expect(run.ms).toBeLessThan(5000);
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
    const project = await deck('build', '--slides', slides, '--out', ROOT);
    expect(project.errors).toMatch(/would write over the project folder/u);
  }, 60_000);
});
