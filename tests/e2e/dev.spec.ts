// `deck dev`: an analyst edits a slide file and the open deck shows the change, on the same slide, unasked.
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openDeck, position } from './presenter.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SLIDES = join(ROOT, '.tmp', 'e2e', 'dev-slides');
const PORT = 4321;

function startDev(): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, ['src/bin.mjs', 'dev', '--slides', SLIDES, '--port', String(PORT)], { cwd: ROOT });
  return new Promise((resolve, reject) => {
    let output = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /presenting .* at (http\S+)/u.exec(output)?.[1];
      if (url !== undefined) resolve({ server, url });
    });
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.on('exit', (code) => reject(new Error(`deck dev exited with ${code}: ${output}`)));
  });
}

test('deck dev prints its URL and reloads the open deck, on the same slide, when a slide file changes', async ({ page }) => {
  await rm(SLIDES, { recursive: true, force: true });
  await cp(join(ROOT, 'slides'), SLIDES, { recursive: true });
  const { server, url } = await startDev();
  try {
    expect(url).toBe(`http://localhost:${PORT}/`);
    await openDeck(page, url, '#/cause-2');
    const file = join(SLIDES, '06-cause-2.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('## الأزمة المالية التي يُعانيها التنظيم', '## أزمة التمويل'));
    await expect(page.locator('#cause-2 h2')).toHaveText('أزمة التمويل', { timeout: 15_000 });
    await page.waitForFunction(() => window.deck?.isReady());
    expect((await position(page)).id).toBe('cause-2');
  } finally {
    server.kill();
  }
});
