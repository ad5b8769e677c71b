// `deck pdf` stopped by SIGTERM while it prints: a one-line message, a non-zero exit, no PDF and no temp file.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

describe('deck pdf and SIGTERM', () => {
  it('stops with one line and exit code 143, leaving no PDF', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deck-sigterm-'));
    const child = spawn(process.execPath, ['src/bin.mjs', 'pdf', '--out', join(dir, 'deck.pdf')], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (/loading the deck|checked the fonts/u.test(stdout)) child.kill('SIGTERM');
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(143);
    expect(stderr.trim()).toBe('deck: stopped (SIGTERM); nothing half-written was left');
    expect(await readdir(dir)).toEqual([]);
    await rm(dir, { recursive: true, force: true });
  }, 60_000);
});
