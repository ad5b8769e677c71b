import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { buildSite, SITE_DEFAULTS } from '../../src/commands/site.ts';
import { compileDeck } from '../../src/deck/compile.ts';
import { escapeHtml } from '../../src/deck/html.ts';
import { DeckError } from '../../src/errors.ts';
import { ROOT, recordingConsole } from '../helpers.ts';

let dir: string;

function readSlidesSync(): { path: string; content: string }[] {
  const folder = join(ROOT, 'slides');
  return readdirSync(folder)
    .filter((n) => /^\d+-.*\.md$/u.test(n))
    .sort()
    .map((n) => ({ path: join(folder, n), content: readFileSync(join(folder, n), 'utf8') }));
}
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
    expect(slideCount).toBe(13);
    expect(console.lines[0]).toMatch(/built 13 slides .* \(\d+ KB\)/u);
    const html = await readFile(join(out, 'index.html'), 'utf8');
    const { document } = parseHTML(html);
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.querySelectorAll('.slides > section')).toHaveLength(13);
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

describe('deck build --no-notes (an audience build)', () => {
  // The speaker-only text: notes that the deck does not also show (the title slide's note is the page's title).
  const audience = compileDeck(readSlidesSync(), { notes: false });
  const shown = `${audience.sectionsHtml.replace(/<[^>]+>/gu, ' ')} ${escapeHtml(audience.meta.fullTitle)}`;
  const notes = compileDeck(readSlidesSync())
    .slides.flatMap((s) => s.notes)
    .filter((note) => !shown.includes(escapeHtml(note)));

  /** Every text file a build ships, as one string per file. */
  async function shippedTexts(folder: string): Promise<string[]> {
    const entries = await readdir(folder, { withFileTypes: true, recursive: true });
    const files = entries.filter((e) => e.isFile() && /\.(html|js|css|json|txt|svg|map)$/u.test(e.name));
    return Promise.all(files.map((e) => readFile(join(e.parentPath, e.name), 'utf8')));
  }

  it('ships no speaker-notes paragraph in any file of a hosted build', async () => {
    const out = join(dir, 'audience');
    await buildSite({ ...SITE_DEFAULTS, slides: join(ROOT, 'slides'), out, notes: false }, recordingConsole());
    const texts = await shippedTexts(out);
    expect(texts.length).toBeGreaterThan(2);
    expect(notes.length).toBeGreaterThan(8);
    for (const note of notes) for (const text of texts) expect(text.includes(note), note.slice(0, 40)).toBe(false);
    expect(texts.some((t) => t.includes('class="notes"'))).toBe(false);
  });

  it('ships none in a single-file build either, and the full build does carry them', async () => {
    const file = join(dir, 'audience.html');
    await buildSite({ ...SITE_DEFAULTS, slides: join(ROOT, 'slides'), out: file, notes: false, singleFile: true }, recordingConsole());
    const html = await readFile(file, 'utf8');
    for (const note of notes) expect(html.includes(note), note.slice(0, 40)).toBe(false);
    const full = join(dir, 'full.html');
    await buildSite({ ...SITE_DEFAULTS, slides: join(ROOT, 'slides'), out: full, singleFile: true }, recordingConsole());
    expect(notes.every((note) => readFileSync(full, 'utf8').includes(escapeHtml(note)))).toBe(true);
  });
});
