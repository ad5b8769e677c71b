import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, SITE_DEFAULTS } from '../../src/commands/site.ts';
import { DeckError } from '../../src/errors.ts';
import { ROOT, recordingConsole } from '../helpers.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deck-build-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('deck build', () => {
  it('writes a static site whose page holds every slide and loads its assets by relative paths', async () => {
    const out = join(dir, 'site');
    const console = recordingConsole();
    const { slideCount } = await buildSite({ ...SITE_DEFAULTS, slides: join(ROOT, 'slides'), out }, console);
    expect(slideCount).toBe(12);
    expect(console.lines[0]).toMatch(/built 12 slides .* \(\d+ KB\)/u);
    const html = await readFile(join(out, 'index.html'), 'utf8');
    const { document } = parseHTML(html);
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.querySelectorAll('.slides > section')).toHaveLength(12);
    const urls = [...document.querySelectorAll('script[src], link[href]')].map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '');
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) expect(url, url).toMatch(/^\.\//u);
    expect((await readdir(join(out, 'assets'))).some((name) => name.endsWith('.map'))).toBe(false);
  });

  it('refuses to empty a folder that holds files other than an earlier build', async () => {
    const out = join(dir, 'mine');
    await rm(out, { recursive: true, force: true });
    await mkdir(out);
    await writeFile(join(out, 'notes.txt'), 'my notes');
    await expect(buildSite({ ...SITE_DEFAULTS, slides: join(ROOT, 'slides'), out }, recordingConsole())).rejects.toThrow(DeckError);
    expect(await readFile(join(out, 'notes.txt'), 'utf8')).toBe('my notes');
  });

  it('says what to do when the slides folder has no slides', async () => {
    const empty = join(dir, 'empty');
    await mkdir(empty, { recursive: true });
    await expect(buildSite({ ...SITE_DEFAULTS, slides: empty, out: join(dir, 'x') }, recordingConsole())).rejects.toThrow(/no slide files .*deck generate|no slide files/u);
  });
});
