// `deck pdf --handout`: per A4 portrait page, one slide's picture and its speaker notes as text under it.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { compileDeck } from '../../src/deck/compile.ts';
import { readSlides } from '../../src/deck/read.ts';
import { ROOT, recordingConsole } from '../helpers.ts';
import { containsLetters, pageText, pdfInfo } from './pdf-text.ts';

const dir = await mkdtemp(join(tmpdir(), 'deck-handout-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('deck pdf --handout', () => {
  it('prints one A4 portrait page per slide: the slide’s picture, then its notes as text', async () => {
    const out = join(dir, 'handout.pdf');
    let errors = '';
    expect(await main(['pdf', '--handout', '--out', out], { console: recordingConsole(), error: (t) => (errors += t) }), errors).toBe(0);
    const deck = compileDeck(await readSlides(join(ROOT, 'slides')));
    const info = pdfInfo(out);
    expect(info).toMatch(new RegExp(`^Pages:\\s+${deck.slides.length}$`, 'mu'));
    expect(info).toMatch(/^Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)$/mu);
    const images = execFileSync('pdfimages', ['-list', out], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(images.map((l) => Number(l.trim().split(/\s+/u)[0]))).toEqual(deck.slides.map((_, i) => i + 1));
    for (const [index, slide] of deck.slides.entries()) {
      const text = pageText(out, index + 1);
      expect(containsLetters(text, 'ملاحظات المتحدث'), `page ${index + 1}`).toBe(true);
      for (const note of slide.notes) expect(containsLetters(text, note.split(/\s+/u).slice(0, 6).join(' ')), `page ${index + 1}: ${note.slice(0, 30)}`).toBe(true);
    }
  }, 120_000);

  it('refuses --notes with --handout', async () => {
    let errors = '';
    expect(await main(['pdf', '--handout', '--notes', '--out', join(dir, 'x.pdf')], { console: recordingConsole(), error: (t) => (errors += t) })).toBe(1);
    expect(errors).toMatch(/give one of them/u);
  });
});
