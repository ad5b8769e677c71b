// An audience build's fonts are cut from what it ships: their ranges must not tell which characters the notes used.
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, SITE_DEFAULTS } from '../../src/commands/site.ts';
import { recordingConsole } from '../helpers.ts';

const dir = await mkdtemp(join(tmpdir(), 'deck-audience-fonts-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Every unicode-range in the built CSS (in its files and inside its page), as code points. */
async function rangesOf(out: string): Promise<Set<number>> {
  const files = await readdir(join(out, 'assets'));
  const sheets = await Promise.all(files.filter((f) => f.endsWith('.css')).map((f) => readFile(join(out, 'assets', f), 'utf8')));
  const inPage = [...(await readFile(join(out, 'index.html'), 'utf8')).matchAll(/<style>([\s\S]*?)<\/style>/gu)].map((m) => m[1] ?? '');
  const css = [...sheets, ...inPage].join('\n');
  expect(css).toContain('unicode-range');
  const points = new Set<number>();
  for (const [, ranges = ''] of css.matchAll(/unicode-range:\s*([^;}]+)/gu)) {
    for (const span of ranges.split(',')) {
      const [from = '', to = from] = span.trim().replace(/^U\+/iu, '').split('-');
      for (let c = Number.parseInt(from, 16); c <= Number.parseInt(to, 16); c++) points.add(c);
    }
  }
  return points;
}

describe('fonts of an audience build', () => {
  it('draw what the slides show and nothing only the notes used', async () => {
    const slides = join(dir, 'slides');
    await mkdir(slides);
    // «ڤ» (U+06A4) and «ڠ» (U+06A0) appear only in the notes.
    await writeFile(join(slides, '01-title.md'), '---\nid: title\nkind: title\ntitle: عنوان العرض\nlang: ar\ndir: rtl\n---\n\n# عنوان العرض\n\nNote:\n\nملاحظة سرية عن ڤيينا وڠانا\n');
    const audience = join(dir, 'audience');
    const full = join(dir, 'full');
    await buildSite({ ...SITE_DEFAULTS, slides, out: audience, notes: false }, recordingConsole());
    await buildSite({ ...SITE_DEFAULTS, slides, out: full, notes: true }, recordingConsole());
    const [withoutNotes, withNotes] = [await rangesOf(audience), await rangesOf(full)];
    expect(withNotes.has(0x06a4)).toBe(true);
    expect(withoutNotes.has(0x06a4)).toBe(false);
    expect(withoutNotes.has(0x06a0)).toBe(false);
    expect(withoutNotes.has(0x0639)).toBe(true); // «ع» of the title
  }, 120_000);
});
