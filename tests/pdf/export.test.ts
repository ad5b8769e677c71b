import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { compileDeck } from '../../src/deck/compile.ts';
import { readSlides } from '../../src/deck/read.ts';
import { ROOT, recordingConsole } from '../helpers.ts';
import { containsLetters, pageText, pdfFonts, pdfInfo } from './pdf-text.ts';

let dir: string;
const slides = join(ROOT, 'slides');
const deck = compileDeck(await readSlides(slides));
const artifacts = join(ROOT, 'test-results', 'pdf');

async function deckPdf(...args: string[]): Promise<{ code: number; lines: string[]; warnings: string[]; errors: string }> {
  const console = recordingConsole();
  let errors = '';
  const code = await main(['pdf', ...args], { console, error: (text) => (errors += text) });
  return { code, lines: console.lines, warnings: console.warnings, errors };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deck-pdf-'));
  await mkdir(artifacts, { recursive: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('deck pdf', () => {
  const out = (): string => join(dir, 'deck.pdf');

  it('prints one 16:9 page per slide, says what it is doing, and where the PDF is', async () => {
    const run = await deckPdf('--out', out());
    expect(run.code, run.errors).toBe(0);
    expect(run.lines[0]).toMatch(/building/u);
    expect(run.lines.some((l) => /loading the deck/u.test(l))).toBe(true);
    // One line for the check of every page's fonts, not one a page.
    expect(run.lines.filter((l) => /checked which fonts draw every page/u.test(l))).toHaveLength(1);
    expect(run.lines.length).toBeLessThanOrEqual(6);
    expect(run.lines.at(-1)).toMatch(new RegExp(`wrote .*deck\\.pdf \\(13 pages, \\d+ KB\\)$`, 'u'));
    expect(run.warnings).toEqual([]); // nothing runs off a page
    const info = pdfInfo(out());
    expect(info).toMatch(/^Pages:\s+13$/mu);
    const [, width = '0', height = '1'] = /Page size:\s+([\d.]+) x ([\d.]+)/u.exec(info) ?? [];
    expect(Number(width) / Number(height)).toBeCloseTo(16 / 9, 2);
    execFileSync('pdftoppm', ['-png', '-r', '50', out(), join(artifacts, 'slide')]);
  });

  it('embeds every font it uses, all of them the deck’s own', () => {
    const rows = pdfFonts(out()).split('\n').slice(2).filter((row) => row.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row, row).toMatch(/(IBMPlexSansArabic|NotoKufiArabic)/u);
      expect(row.split(/\s+/u).slice(-5, -4)[0], row).toBe('yes'); // the "emb" column
    }
  });

  it('keeps the text as text: each page’s extracted text holds its slide’s title', () => {
    deck.slides.forEach((slide, index) => {
      expect(containsLetters(pageText(out(), index + 1), slide.title), `page ${index + 1}: ${slide.title}`).toBe(true);
    });
  });

  it('--notes follows each slide with a page of its notes, word for word', async () => {
    const notes = join(dir, 'handout.pdf');
    const run = await deckPdf('--notes', '--out', notes);
    expect(run.code, run.errors).toBe(0);
    expect(run.warnings).toEqual([]);
    expect(pdfInfo(notes)).toMatch(new RegExp(`^Pages:\\s+${deck.slides.length * 2}$`, 'mu'));
    deck.slides.forEach((slide, index) => {
      expect(containsLetters(pageText(notes, index * 2 + 1), slide.title), `slide page ${index * 2 + 1}`).toBe(true);
      const firstNote = slide.notes[0] ?? '';
      expect(containsLetters(pageText(notes, index * 2 + 2), firstNote.slice(0, 80)), `notes page ${index * 2 + 2}`).toBe(true);
    });
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '7', '-l', '8', notes, join(artifacts, 'handout')]);
  });
});

describe('deck pdf with bad input', () => {
  const noPdfLeft = async (folder: string): Promise<void> => {
    expect((await readdir(folder)).filter((n) => n.endsWith('.pdf') || n.endsWith('.tmp'))).toEqual([]);
  };

  it('stops on a slides folder without slides', async () => {
    const empty = join(dir, 'no-slides');
    await mkdir(empty);
    const elsewhere = join(dir, 'no-slides-out');
    await mkdir(elsewhere);
    const run = await deckPdf('--slides', empty, '--out', join(elsewhere, 'x.pdf'));
    expect(run.code).toBe(1);
    expect(run.errors).toMatch(/^deck: .*there are no slide files/u);
    await noPdfLeft(elsewhere);
  });

  it('stops on an --out it cannot write', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'not a folder');
    const run = await deckPdf('--out', join(file, 'deck.pdf'));
    expect(run.code).toBe(1);
    expect(run.errors).toMatch(/^deck: .*deck\.pdf goes through .*a-file, which is a file, not a folder/u);
  });

  it('stops on a port in use', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as { port: number };
    const folder = join(dir, 'port');
    await mkdir(folder);
    try {
      const run = await deckPdf('--port', String(port), '--out', join(folder, 'deck.pdf'));
      expect(run.code).toBe(1);
      expect(run.errors).toMatch(new RegExp(`^deck: port ${port} is already in use`, 'u'));
    } finally {
      busy.close();
    }
    await noPdfLeft(folder);
  });

  it('stops when Chromium cannot be found, saying how to get it', async () => {
    const folder = join(dir, 'chromium');
    await mkdir(folder);
    const saved = process.env['CHROMIUM_PATH'];
    process.env['CHROMIUM_PATH'] = join(dir, 'no-such-chromium');
    try {
      const run = await deckPdf('--out', join(folder, 'deck.pdf'));
      expect(run.code).toBe(1);
      expect(run.errors).toMatch(/^deck: cannot start Chromium/u);
      expect(run.errors).toMatch(/CHROMIUM_PATH/u);
    } finally {
      if (saved === undefined) delete process.env['CHROMIUM_PATH'];
      else process.env['CHROMIUM_PATH'] = saved;
    }
    await noPdfLeft(folder);
  });
});
