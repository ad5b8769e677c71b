import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const run = promisify(execFile);

/** Runs the `deck` command the way npx does: through its bin script, in a separate process. */
async function deckCommand(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'src', 'bin.mjs'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the deck command', () => {
  it('lists generate in its help', async () => {
    const { code, stdout } = await deckCommand('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/generate/u);
  });

  it('checks the committed slides from the project folder with its defaults', async () => {
    const { code, stdout } = await deckCommand('generate', '--check');
    expect(code).toBe(0);
    expect(stdout).toMatch(/slides is up to date with slides\/article\.txt \(13 slides\)/u);
  });

  it('never prints a terminal control sequence an article holds', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deck-cli-'));
    const article = join(dir, 'article.txt');
    await writeFile(article, 'عنوان \u001b[2J المقال\u0007\n\nفقرة أولى طويلة بما يكفي لتكون مقدمة المقال \u001b[31m كله وتبقى دون علامة\n');
    const { stdout, stderr } = await deckCommand('generate', '--article', article, '--out', join(dir, 'slides'));
    expect(`${stdout}${stderr}`).toMatch(/article cut off/u);
    expect(`${stdout}${stderr}`).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/u);
    await rm(dir, { recursive: true, force: true });
  });

  it('exits non-zero on an unknown command', async () => {
    const { code, stderr } = await deckCommand('teleport');
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/unknown command/u);
  });
});
