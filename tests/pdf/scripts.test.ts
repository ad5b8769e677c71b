// A deck in another right-to-left script prints in the deck's own fonts: Hebrew gets its face, no system font.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { recordingConsole, ROOT } from '../helpers.ts';

const run = promisify(execFile);
const dir = await mkdtemp(join(tmpdir(), 'deck-scripts-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('deck pdf of a Hebrew deck', () => {
  it('prints it with IBM Plex Sans Hebrew embedded, and no system font', async () => {
    const slides = join(dir, 'hebrew');
    const console = recordingConsole();
    let errors = '';
    const streams = { console, error: (t: string) => (errors += t) };
    expect(await main(['generate', '--article', join(ROOT, 'tests', 'fixtures', 'articles', 'hebrew.txt'), '--out', slides], streams)).toBe(0);
    const pdf = join(dir, 'hebrew.pdf');
    expect(await main(['pdf', '--slides', slides, '--out', pdf], streams), errors).toBe(0);
    const { stdout } = await run('pdffonts', [pdf]);
    expect(stdout).toMatch(/IBMPlexSansHebrew/u);
    expect(stdout).not.toMatch(/DejaVu|Liberation|FreeSans/u);
  }, 120_000);
});

describe('deck pdf of a deck with a character no font of the deck has', () => {
  it('stops, naming the character and its code point', async () => {
    const slides = join(dir, 'emoji');
    const console = recordingConsole();
    let errors = '';
    const streams = { console, error: (t: string) => (errors += t) };
    expect(await main(['generate', '--article', join(ROOT, 'slides', 'article.txt'), '--out', slides], streams)).toBe(0);
    const file = join(slides, '03-context.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^- (.+)$/mu, '- $1 😀'));
    expect(await main(['pdf', '--slides', slides, '--out', join(dir, 'emoji.pdf')], streams)).toBe(1);
    expect(errors).toContain('«😀» (U+1F600)');
  }, 120_000);
});
