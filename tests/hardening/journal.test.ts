// What a read of a slides folder puts right, and what it leaves alone: another run still at work, the user's files.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoverFolder, stagingFolder } from '../../src/slides/journal.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deck-journal-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A process that runs until killed, standing for another `deck generate` at work. */
function otherRun(): { pid: number; stop(): Promise<void> } {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { pid: child.pid ?? 0, stop: () => (child.kill('SIGKILL'), exited) };
}

async function folder(name: string, files: Record<string, string>): Promise<string> {
  const path = join(dir, name);
  await mkdir(path, { recursive: true });
  for (const [file, content] of Object.entries(files)) await writeFile(join(path, file), content);
  return path;
}

describe('recovering a slides folder', () => {
  it('leaves the staging of a run still at work, and drops it once that run is gone', async () => {
    const other = otherRun();
    const slides = await folder('live', { '01-title.md': 'old' });
    await mkdir(stagingFolder(slides, other.pid));
    await writeFile(join(stagingFolder(slides, other.pid), '01-title.md'), 'new, not committed');
    recoverFolder(slides);
    expect(existsSync(stagingFolder(slides, other.pid))).toBe(true);
    await other.stop();
    recoverFolder(slides);
    expect(await readdir(slides)).toEqual(['01-title.md']);
  });

  it('finishes a committed switch even while its run lives, and a second finish changes nothing', async () => {
    const other = otherRun();
    const slides = await folder('committed', { '01-title.md': 'old', '02-gone.md': 'old' });
    const staging = stagingFolder(slides, other.pid);
    await mkdir(staging);
    await writeFile(join(staging, '01-title.md'), 'new');
    await writeFile(join(staging, 'journal.json'), JSON.stringify({ moves: ['01-title.md', '03-also.md'], removes: ['02-gone.md'] }));
    recoverFolder(slides); // 03-also.md was moved already (by the run itself): skipped
    recoverFolder(slides);
    expect(await readdir(slides)).toEqual(['01-title.md']);
    await other.stop();
  });

  it('removes the temp files of older versions beside slide files and the logo, and nothing of the user’s', async () => {
    const other = otherRun();
    const left = ['05-cause-1.md.4242.deadbeef.tmp', 'logo.png.4242.0badf00d.tmp'];
    const kept = ['notes.4242.deadbeef.tmp', `07-x.md.${other.pid}.deadbeef.tmp`, 'article.txt', '01-title.md'];
    const slides = await folder('temps', Object.fromEntries([...left, ...kept].map((n) => [n, 'x'])));
    recoverFolder(slides);
    expect((await readdir(slides)).sort()).toEqual([...kept].sort());
    await other.stop();
  });

  it('reads nothing and throws nothing for a folder that is missing or a file', async () => {
    expect(() => recoverFolder(join(dir, 'missing'))).not.toThrow();
    await writeFile(join(dir, 'a-file'), 'x');
    expect(() => recoverFolder(join(dir, 'a-file'))).not.toThrow();
  });
});
