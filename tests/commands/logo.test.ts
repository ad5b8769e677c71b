// An institution's logo: copied into the slides folder by generate, served beside the page by build, inside the single file.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { ROOT, recordingConsole } from '../helpers.ts';

const dir = await mkdtemp(join(tmpdir(), 'deck-logo-'));
afterAll(() => rm(dir, { recursive: true, force: true }));
const deck = (...args: string[]): Promise<number> => main(args, { console: recordingConsole(), error: () => {} });

describe('a logo on the cover and in the footer', () => {
  it('is copied into the slides folder, shipped beside the built page, and inlined in a single file', async () => {
    const slides = join(dir, 'slides');
    const article = join(ROOT, 'tests', 'fixtures', 'articles', 'ordinals.txt');
    expect(await deck('generate', '--article', article, '--out', slides, '--logo', join(ROOT, 'public', 'favicon.svg'), '--presenter', 'سلمى الحداد', '--date', '3 آذار 2025')).toBe(0);
    expect(existsSync(join(slides, 'logo.svg'))).toBe(true);
    expect(await readFile(join(slides, '01-title.md'), 'utf8')).toMatch(/^logo: logo\.svg$/mu);

    const site = join(dir, 'site');
    expect(await deck('build', '--slides', slides, '--out', site)).toBe(0);
    const html = await readFile(join(site, 'index.html'), 'utf8');
    expect(html).toContain('<img class="cover-logo" src="logo.svg"');
    expect(html).toContain('<img class="footer-logo" src="logo.svg"');
    expect(html).toMatch(/class="cover-line"><span dir="auto">سلمى الحداد<\/span> \| <span dir="auto">3 آذار 2025<\/span>/u);
    expect(existsSync(join(site, 'logo.svg'))).toBe(true);

    const single = join(dir, 'deck.html');
    expect(await deck('build', '--single-file', '--slides', slides, '--out', single)).toBe(0);
    expect(await readFile(single, 'utf8')).toContain('src="data:image/svg+xml;base64,');
  }, 120_000);

  it('is refused when it is not a picture', async () => {
    let errors = '';
    const code = await main(['generate', '--article', join(ROOT, 'slides', 'article.txt'), '--out', join(dir, 'x'), '--logo', join(ROOT, 'README.md')], { console: recordingConsole(), error: (t) => (errors += t) });
    expect(code).toBe(1);
    expect(errors).toMatch(/is not a PNG, JPEG, SVG or WebP picture/u);
  });
});
