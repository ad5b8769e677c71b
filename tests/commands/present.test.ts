// `deck present ARTICLE`: from an article to a deck on screen in one command.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slidesFolderFor } from '../../src/commands/generate.ts';
import { ROOT } from '../helpers.ts';

describe('deck present', () => {
  it('generates the article’s slides beside it and serves them, printing the quality report and the address', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deck-present-'));
    const article = join(dir, 'energy.txt');
    await copyFile(join(ROOT, 'tests', 'fixtures', 'articles', 'ordinals.txt'), article);
    const child = spawn(process.execPath, [join(ROOT, 'src', 'bin.mjs'), 'present', article, '--port', '5391'], { cwd: ROOT });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no address printed:\n${stdout}`)), 30_000);
        child.stdout.on('data', () => {
          const match = /presenting .* at (http:\/\/\S+)/u.exec(stdout);
          if (match?.[1] !== undefined) (clearTimeout(timer), resolve(match[1]));
        });
      });
      expect(stdout).toMatch(/quality: /u);
      expect(stdout).not.toMatch(/^next: /mu);
      const page = await (await fetch(url)).text();
      expect(page).toContain('مستقبل الطاقة المتجددة في المنطقة العربية');
      expect((await readdir(join(dir, 'energy-slides'))).some((name) => name.endsWith('-title.md'))).toBe(true);
    } finally {
      child.kill('SIGINT');
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('uses slides/ for the project’s own article and NAME-slides/ beside any other', () => {
    expect(slidesFolderFor('slides/article.txt')).toBe('slides');
    expect(slidesFolderFor('/home/a/briefs/gas.txt')).toBe('/home/a/briefs/gas-slides');
  });
});
