import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { marpMarkdown, writeBarePage, writePlainReveal, writeRevealFloor } from '../../src/bench/peers.ts';
import { readSlides } from '../../src/deck/read.ts';
import { parseSlideFile } from '../../src/deck/slide-file.ts';
import { ROOT } from '../helpers.ts';

const slides = (await readSlides(join(ROOT, 'slides'))).map(parseSlideFile);
const work = await mkdtemp(join(tmpdir(), 'deck-peers-'));
afterAll(() => rm(work, { recursive: true, force: true }));

describe('the peers are made from the same slides', () => {
  it('gives Marp one slide per slide file, right to left, each with its notes as a comment', () => {
    const markdown = marpMarkdown(slides, 'ar', 'rtl');
    const [, ...pages] = markdown.split(/\n---\n/u);
    expect(markdown).toMatch(/^---\nmarp: true\nlang: ar\n/u);
    expect(markdown).toContain('direction: rtl');
    // The front matter's closing --- starts the first page.
    expect(pages.length).toBe(slides.length);
    for (const slide of slides) expect(markdown).toContain(`<!--\n${slide.notes.join('\n\n').replace(/--/gu, '—')}\n-->`);
  });

  it('gives plain reveal.js every slide and note in its Markdown, and the files it loads', async () => {
    await writePlainReveal(slides, join(work, 'reveal'), 'ar', 'rtl');
    const page = await readFile(join(work, 'reveal', 'index.html'), 'utf8');
    expect(page.split('\n---\n').length).toBe(slides.length);
    expect(page.match(/\nNote:\n/gu)?.length).toBe(slides.length);
    for (const file of ['reveal.js', 'reveal.css', 'white.css', 'markdown.js']) expect(page).toContain(file);
    expect(page).toContain('rtl: true');
  });

  it('gives reveal.js alone the deck’s title, escaped, and nothing else', async () => {
    await writeRevealFloor('عنوان <b>&</b>', join(work, 'floor'), 'ar', 'rtl');
    const page = await readFile(join(work, 'floor', 'index.html'), 'utf8');
    expect(page).toContain('<h1>عنوان &lt;b&gt;&amp;&lt;/b&gt;</h1>');
    expect(page.match(/<section/gu)?.length).toBe(1);
    expect(page).not.toContain('font');
  });

  it('gives the bare page the title, escaped, and no style sheet, font or script', async () => {
    await writeBarePage('عنوان <b>&</b>', join(work, 'bare'), 'ar', 'rtl');
    const page = await readFile(join(work, 'bare', 'index.html'), 'utf8');
    expect(page).toContain('<h1>عنوان &lt;b&gt;&amp;&lt;/b&gt;</h1>');
    expect(page).toContain('dir="rtl"');
    expect(page).not.toMatch(/<(?:link|style|script)\b/u);
  });
});
