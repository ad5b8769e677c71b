// The words of a printed deck can be found by a viewer's search: measured with both extractors on the notes handout.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { compileDeck } from '../../src/deck/compile.ts';
import { readSlides } from '../../src/deck/read.ts';
import { ROOT, recordingConsole } from '../helpers.ts';
import { pdfjsText, popplerText, recall, wordsOf } from '../../src/bench/recall.ts';

const dir = await mkdtemp(join(tmpdir(), 'deck-recall-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('words found in the PDF', () => {
  it('finds at least 90% of the deck’s words with pdftotext and with pdf.js', async () => {
    const pdf = join(dir, 'notes.pdf');
    expect(await main(['pdf', '--notes', '--out', pdf], { console: recordingConsole(), error: () => {} })).toBe(0);
    const deck = compileDeck(await readSlides(join(ROOT, 'slides')));
    const words = wordsOf(deck.sectionsHtml.replace(/<[^>]+>/gu, ' ').replace(/&[#\w]+;/gu, ' '));
    const poppler = recall(words, popplerText(pdf));
    const pdfjs = recall(words, await pdfjsText(pdf));
    console.log(`PDF word recall: pdftotext ${(poppler.share * 100).toFixed(1)}%, pdf.js ${(pdfjs.share * 100).toFixed(1)}% of ${words.length} words`);
    expect(poppler.share, poppler.missing.join(' ')).toBeGreaterThanOrEqual(0.9);
    expect(pdfjs.share, pdfjs.missing.join(' ')).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
