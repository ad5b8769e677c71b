// `deck dev`: an analyst edits a slide file and the open deck shows the change, on the same slide, unasked;
// a broken file shows what to fix, not a stack; the page loads nothing from elsewhere.
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { openDeck, position } from './presenter.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SLIDES = join(ROOT, '.tmp', 'e2e', 'dev-slides');
const PORT = 4321;

interface DevServer {
  server: ChildProcess;
  url: string;
  /** Everything it printed so far, standard output and error. */
  output(): string;
}

function startDev(port = PORT): Promise<DevServer> {
  const server = spawn(process.execPath, ['src/bin.mjs', 'dev', '--slides', SLIDES, '--port', String(port)], { cwd: ROOT });
  let output = '';
  return new Promise((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /presenting .* at (http\S+)/u.exec(output)?.[1];
      if (url !== undefined) resolve({ server, url, output: () => output });
    });
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.on('exit', (code) => reject(new Error(`deck dev exited with ${code}: ${output}`)));
  });
}

async function freshSlides(): Promise<void> {
  await rm(SLIDES, { recursive: true, force: true });
  await cp(join(ROOT, 'slides'), SLIDES, { recursive: true });
}

async function editSlide(name: string, edit: (text: string) => string): Promise<void> {
  const file = join(SLIDES, name);
  await writeFile(file, edit(await readFile(file, 'utf8')));
}

/** Records every Content-Security-Policy violation the page reports, from its first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

test('deck dev prints its URL and reloads the open deck, on the same slide, when a slide file changes', async ({ page }) => {
  await freshSlides();
  const { server, url } = await startDev();
  try {
    expect(url).toBe(`http://localhost:${PORT}/`);
    await openDeck(page, url, '#/cause-2');
    await editSlide('06-cause-2.md', (text) => text.replace('## الأزمة المالية التي يُعانيها التنظيم', '## أزمة التمويل'));
    await expect(page.locator('#cause-2 h2')).toHaveText('أزمة التمويل', { timeout: 15_000 });
    await page.waitForFunction(() => window.deck?.isReady());
    expect((await position(page)).id).toBe('cause-2');
  } finally {
    server.kill();
  }
});

test('deck dev serves the built deck’s policy: a remote picture in a slide is not fetched, and the deck still reloads', async ({ page }) => {
  await freshSlides();
  // In the slide's body (before its notes); the sanitiser may drop it, so the policy is also tried on its own below.
  await editSlide('03-context.md', (text) => text.replace('## السياق\n', '## السياق\n\n<img src="http://example.invalid/x.png" alt="remote">\n'));
  const { server, url } = await startDev();
  try {
    const origin = new URL(url).origin;
    // Chromium reports a load the policy stopped as a request that failed ('csp') before it left: only others went out.
    const outside: string[] = [];
    const stopped: string[] = [];
    page.on('requestfinished', (request) => {
      if (new URL(request.url()).origin !== origin) outside.push(request.url());
    });
    page.on('requestfailed', (request) => {
      if (new URL(request.url()).origin === origin) return;
      (request.failure()?.errorText === 'csp' ? stopped : outside).push(request.url());
    });
    const violations = await recordViolations(page);
    const response = await page.goto(`${url}#/context`);
    await page.waitForFunction(() => window.deck?.isReady());
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/(^|; )img-src 'self' data:(;|$)/u);
    expect(policy).toMatch(/script-src 'self' 'sha256-[^']+'(;|$)/u);
    expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'|script-src[^;]*'unsafe-inline'/u);
    // The policy itself stops a remote picture, however it got into the page.
    await page.evaluate(() => {
      const picture = new Image();
      picture.src = 'http://example.invalid/injected.png';
      document.body.append(picture);
    });
    await expect.poll(violations).toContain('img-src http://example.invalid/injected.png');
    await expect.poll(() => stopped).toContain('http://example.invalid/injected.png');

    await editSlide('03-context.md', (text) => text.replace('## السياق', '## سياق القرار'));
    await expect(page.locator('#context h2')).toHaveText('سياق القرار', { timeout: 15_000 });
    await page.waitForFunction(() => window.deck?.isReady());
    expect(outside).toEqual([]);
    // The only thing the policy stopped is a remote picture: nothing Vite's client needs to reload the deck.
    expect((await violations()).filter((v) => !v.startsWith('img-src http://example.invalid/'))).toEqual([]);
  } finally {
    server.kill();
  }
});

test('a slide file broken while deck dev runs shows its file, line and fix in the page and the terminal, then the deck comes back', async ({ page }, testInfo) => {
  await freshSlides();
  const dev = await startDev();
  try {
    await openDeck(page, dev.url, '#/cause-1');
    await editSlide('05-cause-1.md', (text) => text.replace('kind: cause', 'kind: chart'));
    const report = page.locator('main.deck-error');
    await expect(report).toContainText('05-cause-1.md:3: unknown slide kind "chart"', { timeout: 15_000 });
    await expect(report).toContainText('Use one of: title, agenda');
    await page.screenshot({ path: testInfo.outputPath('dev-error.png') });
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toMatch(/^\s*at /mu);
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
    await expect.poll(dev.output).toMatch(/deck: \S*05-cause-1\.md:3: unknown slide kind "chart"\n {2}Use one of:/u);

    await editSlide('05-cause-1.md', (text) => text.replace('kind: chart', 'kind: cause'));
    await page.waitForFunction(() => window.deck?.isReady(), undefined, { timeout: 15_000 });
    await expect(page.locator('#cause-1 h2')).toHaveText('المعاملة التفضيلية للمقاتلين الأجانب');
    expect((await position(page)).id).toBe('cause-1');
  } finally {
    dev.server.kill();
  }
});

test('deck dev says so when the port asked for is busy, and which one it took', async () => {
  await freshSlides();
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(PORT + 10, resolve));
  const dev = await startDev(PORT + 10);
  try {
    expect(dev.url).not.toBe(`http://localhost:${PORT + 10}/`);
    const taken = new URL(dev.url).port;
    await expect.poll(dev.output).toContain(`port ${PORT + 10} is busy; using ${taken}`);
  } finally {
    dev.server.kill();
    busy.close();
  }
});
