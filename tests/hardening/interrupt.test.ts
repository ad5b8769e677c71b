// Ctrl-C in the middle of `deck generate` leaves the previous slides in place, whole.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { ROOT, recordingConsole } from '../helpers.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deck-interrupt-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function snapshot(folder: string): Promise<Map<string, string>> {
  const names = (await readdir(folder)).sort();
  return new Map(await Promise.all(names.map(async (n): Promise<[string, string]> => [n, await readFile(join(folder, n), 'utf8')])));
}

describe('interrupting deck generate', () => {
  it('leaves the previous output whole when Ctrl-C comes while the new slides are being written', async () => {
    const out = join(dir, 'slides');
    await main(['generate', '--article', join(ROOT, 'slides', 'article.txt'), '--out', out], { console: recordingConsole(), error: () => {} });
    const before = await snapshot(out);

    // A long article, so that writing its slides takes long enough to be interrupted.
    const items = Array.from({ length: 900 }, (_, i) => `${i + 1}- سبب رقم ${i + 1}، إذ يشرح هذا البند جانباً آخر من الظاهرة المدروسة بالتفصيل.`);
    const article = join(dir, 'long.txt');
    await writeFile(article, `عنوان آخر\n\nأسباب متعددة:\n${items.join('\n')}\n`);

    const child = spawn(process.execPath, ['src/bin.mjs', 'generate', '--article', article, '--out', out], { cwd: ROOT, stdio: 'ignore' });
    let signalled = false;
    const watcher = watch(out, (_event, name) => {
      if (signalled || !name?.endsWith('.tmp')) return;
      signalled = true;
      child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal === null ? null : 130))));
    watcher.close();

    const after = await snapshot(out);
    expect([...after.keys()].filter((n) => n.endsWith('.tmp'))).toEqual([]);
    if (code === 130) {
      expect(after).toEqual(before); // interrupted: every old file as it was, no new one
    } else {
      expect(code).toBe(0); // finished before the signal landed: the whole new deck, no old slide left
      expect(after.size).toBeGreaterThan(900);
      expect([...after.keys()].some((n) => before.has(n) && after.get(n) === before.get(n))).toBe(false);
    }
  });
});
