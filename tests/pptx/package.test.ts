// deck pptx's package, read part by part: right to left everywhere, Arabic runs in Arabic faces, each slide's
// text as editable paragraphs, the notes in portrait notes pages, and no notes at all in an audience deck.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { ROOT, recordingConsole } from '../helpers.ts';
import { type Package, packageOf, paragraphs, part, slideParts } from './package.ts';

const FIRST = join(ROOT, 'slides');
let dir: string;
let first: Package;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deck-pptx-'));
  first = await packageOf(FIRST);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A slide file as written: its Markdown body's bullets and its notes paragraphs, read without the code under test. */
async function slideFile(name: string): Promise<{ bullets: string[]; numbered: string[]; notes: string[] }> {
  const text = await readFile(join(FIRST, name), 'utf8');
  const [body = '', notes = ''] = text.split(/^Note:$/mu);
  const plain = (line: string): string => line.replace(/\*\*/gu, '').replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1').replace(/\\(.)/gu, '$1');
  return {
    bullets: [...body.matchAll(/^- (.+)$/gmu)].map((m) => plain(m[1] ?? '')),
    numbered: [...body.matchAll(/^\d+\. (.+)$/gmu)].map((m) => plain(m[1] ?? '')),
    notes: notes.split(/\n\s*\n/u).map((p) => p.trim()).filter(Boolean),
  };
}

async function slideNames(): Promise<string[]> {
  return (await readdir(FIRST)).filter((n) => /^\d+-.*\.md$/u.test(n)).sort();
}

describe('deck pptx: a right-to-left Arabic deck', () => {
  it('is a 16:9 presentation marked right to left, with portrait notes pages', () => {
    const presentation = part(first, 'ppt/presentation.xml');
    expect(presentation).toMatch(/<p:presentation [^>]*rtl="1"/u);
    expect(presentation).toContain('<p:sldSz cx="12192000" cy="6858000"');
    const notes = /<p:notesSz cx="(\d+)" cy="(\d+)"/u.exec(presentation);
    expect(Number(notes?.[2])).toBeGreaterThan(Number(notes?.[1]));
  });

  it('sets every paragraph right to left and right-aligned (or centred), every run in Arabic with an Arabic face in the complex-script slot', () => {
    for (const [index, xml] of slideParts(first, 'slides').entries()) {
      for (const paragraph of paragraphs(xml).filter((p) => p.text !== '')) {
        expect(paragraph.pPr, `slide ${index + 1}: ${paragraph.text}`).toContain('rtl="1"');
        expect(paragraph.pPr, `slide ${index + 1}: ${paragraph.text}`).toMatch(/algn="(?:r|ctr)"/u);
        for (const run of paragraph.runs) {
          expect(run).toContain('lang="ar-SA"');
          expect(run).toMatch(/<a:cs typeface="(?:IBM Plex Sans Arabic|Noto Kufi Arabic)"/u);
        }
      }
    }
    for (const [name, xml] of first.parts) expect(xml, name).not.toMatch(/(?<![\w:])lang="en-US"/u);
  });

  it('names the deck’s faces in the theme, Latin and complex-script slots alike', () => {
    const theme = part(first, 'ppt/theme/theme1.xml');
    expect(/<a:majorFont>[\s\S]*?<\/a:majorFont>/u.exec(theme)?.[0]).toMatch(/<a:latin typeface="Noto Kufi Arabic"\/>[\s\S]*<a:cs typeface="Noto Kufi Arabic"\/>[\s\S]*script="Arab" typeface="Noto Kufi Arabic"/u);
    expect(/<a:minorFont>[\s\S]*?<\/a:minorFont>/u.exec(theme)?.[0]).toMatch(/<a:latin typeface="IBM Plex Sans Arabic"\/>[\s\S]*<a:cs typeface="IBM Plex Sans Arabic"\/>[\s\S]*script="Arab" typeface="IBM Plex Sans Arabic"/u);
  });

  it('gives every bullet of every slide its own paragraph with a bullet, and the agenda as a numbered list', async () => {
    const names = await slideNames();
    const parts = slideParts(first, 'slides');
    for (const [index, name] of names.entries()) {
      const file = await slideFile(name);
      const shown = paragraphs(parts[index] ?? '');
      for (const bullet of file.bullets) {
        const paragraph = shown.find((p) => p.text === bullet);
        expect(paragraph, `${name}: ${bullet}`).toBeDefined();
        expect(paragraph?.pPr).toMatch(/marL="\d+" indent="-\d+"/u);
        expect(parts[index]).toContain('<a:buChar');
      }
      for (const item of file.numbered) expect(shown.some((p) => p.text === item), `${name}: ${item}`).toBe(true);
    }
    const agenda = parts[names.findIndex((n) => n.includes('agenda'))] ?? '';
    expect(agenda.match(/<a:buAutoNum /gu)).toHaveLength((await slideFile('02-agenda.md')).numbered.length);
  });

  it('sets the outlooks side by side, the first view on the right', () => {
    const names = first.deck.slides.map((s) => s.id);
    const xml = slideParts(first, 'slides')[names.indexOf('outlooks')] ?? '';
    const left = (heading: string): number => {
      const shape = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/gu)].map((m) => m[0]).find((sp) => sp.includes(`<a:t>${heading}</a:t>`));
      return Number(/<a:off x="(\d+)"/u.exec(shape ?? '')?.[1]);
    };
    expect(left('الاتجاه الأول')).toBeGreaterThan(left('الاتجاه الثاني'));
  });

  it('puts each slide’s notes in its notes page, paragraph by paragraph, right to left, in Arabic and the body face', async () => {
    const names = await slideNames();
    for (const [index, xml] of slideParts(first, 'notesSlides').entries()) {
      const file = await slideFile(names[index] ?? '');
      const shown = paragraphs(/<p:ph type="body"[\s\S]*?<\/p:txBody>/u.exec(xml)?.[0] ?? '');
      expect(shown.map((p) => p.text), names[index]).toEqual(file.notes);
      for (const paragraph of shown) {
        expect(paragraph.pPr).toMatch(/algn="r" rtl="1"/u);
        expect(paragraph.runs.join('')).toMatch(/lang="ar-SA"[\s\S]*<a:cs typeface="IBM Plex Sans Arabic"/u);
      }
    }
    expect(part(first, 'ppt/notesMasters/notesMaster1.xml')).toMatch(/<a:lvl1pPr marL="0" algn="r" defTabSz="\d+" rtl="1"/u);
  });

  it('gives each slide its presenting time as the advance-timing hint', () => {
    for (const [index, xml] of slideParts(first, 'slides').entries()) {
      const time = Number(/<p:transition advTm="(\d+)"/u.exec(xml)?.[1]);
      expect(time / 1000).toBe(first.deck.slides[index]?.seconds);
      expect(time).toBeGreaterThanOrEqual(20_000);
    }
  });
});

describe('deck pptx --no-notes', () => {
  it('has no notes text in any part of the package', async () => {
    const audience = await packageOf(FIRST, { notes: false });
    const notes = (await Promise.all((await slideNames()).map(slideFile))).flatMap((file) => file.notes);
    // What only the notes say: a bullet is often a sentence of its notes, and the cover's notes are the
    // deck's title (the file's title too), so leave out what the slides and the file's properties show.
    const shown = slideParts(first, 'slides').join('') + part(first, 'docProps/core.xml');
    const onlyInNotes = notes.map((p) => p.slice(0, 40)).filter((start) => start.length === 40 && !shown.includes(start));
    expect(onlyInNotes.length).toBeGreaterThan(5);
    for (const start of onlyInNotes) expect(slideParts(first, 'notesSlides').join('')).toContain(start);
    for (const [name, xml] of audience.parts) for (const start of onlyInNotes) expect(xml, name).not.toContain(start);
    for (const xml of slideParts(audience, 'notesSlides')) {
      expect(paragraphs(/<p:ph type="body"[\s\S]*?<\/p:txBody>/u.exec(xml)?.[0] ?? '').map((p) => p.text)).toEqual(['']);
    }
  });
});

describe('deck pptx on other decks', () => {
  it('writes an English deck left to right from the same code', async () => {
    const slides = join(dir, 'english');
    expect(await main(['generate', '--article', join(ROOT, 'tests/fixtures/articles/english.txt'), '--out', slides], { console: recordingConsole(), error: () => {} })).toBe(0);
    const english = await packageOf(slides);
    expect(part(english, 'ppt/presentation.xml')).not.toContain('rtl="1"');
    for (const xml of slideParts(english, 'slides')) {
      expect(xml).not.toContain('rtl="1"');
      for (const paragraph of paragraphs(xml).filter((p) => p.text !== '')) expect(paragraph.pPr).toMatch(/algn="(?:l|ctr)"/u);
      expect(xml).toContain('lang="en-US"');
    }
  });

  it('draws the logo on the cover and in the footer, and the cover names presenter and date', async () => {
    const slides = join(dir, 'briefing');
    const args = ['generate', '--article', join(ROOT, 'tests/fixtures/articles/scenarios.txt'), '--out', slides, '--presenter', 'سلمى الحداد', '--date', '٣ آذار ٢٠٢٥', '--logo', join(ROOT, 'public/favicon.svg')];
    expect(await main(args, { console: recordingConsole(), error: () => {} })).toBe(0);
    const briefing = await packageOf(slides, { logo: 'logo.svg' });
    const [cover = '', , context = ''] = slideParts(briefing, 'slides');
    expect(paragraphs(cover).map((p) => p.text)).toContain('سلمى الحداد | ٣ آذار ٢٠٢٥');
    expect(cover).toContain('<p:pic>');
    expect(context).toContain('<p:pic>');
    expect([...briefing.parts.keys()].some((name) => name.startsWith('ppt/slides/_rels/'))).toBe(true);
    expect(Object.keys(briefing.zip.files).some((name) => /^ppt\/media\/.+\.svg$/u.test(name))).toBe(true);
  });
});
