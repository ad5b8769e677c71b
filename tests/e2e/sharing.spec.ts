// Sending the deck: a hosted link under a sub-path, on a phone, and as a single file opened from disk offline.
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import sirv from 'sirv';
import { openDeck, position, slideCount } from './presenter.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BUILD = join(ROOT, '.tmp', 'e2e', 'arabic');
const SUB_PATH = '/team/briefing/';
let server: Server;
let origin: string;

test.beforeAll(async () => {
  const files = sirv(BUILD, { dev: true });
  server = createServer((request, response) => {
    if (!request.url?.startsWith(SUB_PATH)) {
      response.statusCode = 404;
      response.end();
      return;
    }
    request.url = request.url.slice(SUB_PATH.length - 1);
    files(request, response, () => {
      response.statusCode = 404;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => {
  server.close();
});

test('works from a sub-path of a static host: deep links, every file found, nothing from elsewhere', async ({ page }) => {
  const failed: string[] = [];
  const violations: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(`${origin}${SUB_PATH}`)) failed.push(`outside: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (/Content Security Policy/u.test(message.text())) violations.push(message.text());
  });
  await openDeck(page, `${origin}${SUB_PATH}`, '#/5');
  expect((await position(page)).id).toBe('cause-1');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/cause-1/0');
  await openDeck(page, `${origin}${SUB_PATH}`, '#/outlooks');
  expect((await position(page)).index).toBe(10);
  expect(failed).toEqual([]);
  expect(violations).toEqual([]);
});

test('carries what a shared link needs: title, description, preview picture, favicon, language, policy', async ({ page, request }) => {
  await openDeck(page, `${origin}${SUB_PATH}`);
  const head = await page.evaluate(() => {
    const meta = (key: string): string => document.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute('content') ?? '';
    return {
      title: document.title,
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      description: meta('description'),
      ogTitle: meta('og:title'),
      ogImage: meta('og:image'),
      twitterCard: meta('twitter:card'),
      favicon: document.querySelector('link[rel="icon"]')?.getAttribute('href') ?? '',
      policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    };
  });
  expect(head).toMatchObject({ lang: 'ar', dir: 'rtl', twitterCard: 'summary_large_image' });
  expect(head.title).toBe('اتجاه جديد: أسباب وتداعيات ظاهرة هروب المقاتلين من “داعش”');
  expect(head.ogTitle).toBe(head.title);
  expect(head.description.length).toBeGreaterThan(40);
  for (const path of [head.ogImage, head.favicon]) {
    const response = await request.get(new URL(path, `${origin}${SUB_PATH}`).href);
    expect(response.status(), path).toBe(200);
  }
  expect((await request.get(new URL(head.ogImage, `${origin}${SUB_PATH}`).href)).headers()['content-type']).toBe('image/png');
  expect(head.policy).toContain("default-src 'self'");
  expect(head.policy).not.toMatch(/https?:|\*/u);
  expect(head.policy).not.toMatch(/script-src[^;]*'unsafe-inline'/u);
});

test('reads on a phone: slides one under another, no text cut', async ({ browser }, testInfo) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  await openDeck(page, `${origin}${SUB_PATH}`);
  expect(await page.evaluate(() => document.querySelector('.reveal-viewport')?.classList.contains('reveal-scroll'))).toBe(true);
  const pages = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.scroll-page')].map((scrollPage) => {
      const box = scrollPage.querySelector('.scroll-page-content')?.getBoundingClientRect();
      const cut = [...scrollPage.querySelectorAll<HTMLElement>('.slide-frame :is(h1, h2, h3, p, li)')].filter((el) => {
        const r = el.getBoundingClientRect();
        return box === undefined || r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.right > box.right + 1;
      });
      // What a reader sees: the font size times the scale reveal draws the slide at.
      const frame = scrollPage.querySelector<HTMLElement>('.slide-frame');
      const scale = frame === null ? 0 : frame.getBoundingClientRect().width / frame.offsetWidth;
      const texts = [...scrollPage.querySelectorAll<HTMLElement>('.slide-frame :is(p, li)')];
      const smallest = Math.min(...texts.map((el) => Number.parseFloat(getComputedStyle(el).fontSize) * scale));
      return { top: box?.top ?? 0, width: box?.width ?? 0, smallest, cut: cut.map((el) => el.textContent?.slice(0, 30)) };
    }),
  );
  expect(pages).toHaveLength(13);
  for (const [index, scrollPage] of pages.entries()) {
    expect(scrollPage.cut, `slide ${index + 1}`).toEqual([]);
    expect(scrollPage.width).toBeLessThanOrEqual(390);
    expect(scrollPage.smallest, `smallest text on slide ${index + 1}, in screen pixels`).toBeGreaterThanOrEqual(14);
    if (index > 0) expect(scrollPage.top).toBeGreaterThan(pages[index - 1]?.top ?? 0);
  }
  await page.screenshot({ path: testInfo.outputPath('phone.png') });
  await page.evaluate(() => window.scrollTo(0, 1800));
  await page.screenshot({ path: testInfo.outputPath('phone-scrolled.png') });
  await phone.close();
});

test('a single-file deck opens from disk with the network blocked: it presents, in its own fonts, with notes', async ({ browser }) => {
  const file = join(ROOT, '.tmp', 'e2e', 'single', 'deck.html');
  execFileSync(process.execPath, ['src/bin.mjs', 'build', '--single-file', '--out', file], { cwd: ROOT });
  const context = await browser.newContext({ offline: true });
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  await openDeck(page, pathToFileURL(file).href);
  expect(await slideCount(page)).toBe(13);
  expect(await page.locator('aside.notes').count()).toBe(13);
  await page.keyboard.press('ArrowLeft');
  expect((await position(page)).id).toBe('agenda');

  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'section.present :is(h2, a)' });
  const system: string[] = [];
  for (const nodeId of nodeIds) {
    for (const font of (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts) if (!font.isCustomFont) system.push(font.familyName);
  }
  expect(nodeIds.length).toBeGreaterThan(0);
  expect(system).toEqual([]);
  expect(outside).toEqual([]);
  await context.close();
});
