import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHAPING_FEATURES } from '../../src/vite/font-files.ts';
import { DECK_FONTS, fontFaceCss, fontFile } from '../../src/vite/fonts.ts';
import { ROOT } from '../helpers.ts';

const cacheDir = await mkdtemp(join(tmpdir(), 'deck-fonts-'));
afterAll(() => rm(cacheDir, { recursive: true, force: true }));

interface Rule {
  family: string;
  weight: string;
  url: string;
  ranges: [number, number][];
}

function rules(css: string): Rule[] {
  return [...css.matchAll(/@font-face \{([\s\S]*?)\}/gu)].map(([, body = '']) => ({
    family: /font-family: '([^']+)'/u.exec(body)?.[1] ?? '',
    weight: /font-weight: (\d+)/u.exec(body)?.[1] ?? '',
    url: /url\('([^']+)'\)/u.exec(body)?.[1] ?? '',
    ranges: (/unicode-range: ([^;]+);/u.exec(body)?.[1] ?? '').split(',').map((span) => {
      const [from = '', to = from] = span.replace(/U\+/gu, '').split('-');
      return [parseInt(from, 16), parseInt(to, 16)] as [number, number];
    }),
  }));
}

const claims = (rule: Rule, character: string): boolean => {
  const code = character.codePointAt(0) ?? -1;
  return rule.ranges.some(([from, to]) => code >= from && code <= to);
};

/** The files a browser must fetch to draw `text` in one face: those whose range claims one of its characters. */
const filesFor = (css: string, family: string, weight: string, text: string): string[] =>
  rules(css)
    .filter((r) => r.family === family && r.weight === weight && [...text].some((c) => claims(r, c)))
    .map((r) => r.url.includes('-latin-') ? 'latin' : 'arabic');

const arabicLine = 'أسباب وتداعيات ظاهرة هروب المقاتلين';
const characters = `${arabicLine} 0123456789.:«»“”`;

describe('fontFaceCss for an Arabic deck, subset', async () => {
  const css = await fontFaceCss({ characters, cacheDir, root: ROOT, mainSubset: 'arabic' });

  it('draws an Arabic line with spaces from the Arabic file alone, so a slide without digits fetches one file per face', () => {
    for (const face of DECK_FONTS) expect(filesFor(css, face.family, String(face.weight), arabicLine)).toEqual(['arabic']);
  });

  it('draws digits and Latin punctuation from the Latin file', () => {
    expect(filesFor(css, 'IBM Plex Sans Arabic', '400', '1/12 «»')).toEqual(['arabic', 'latin']);
    expect(filesFor(css, 'IBM Plex Sans Arabic', '400', '2014.')).toEqual(['latin']);
  });

  it('never lets the two files of a face claim the same character', () => {
    for (const face of DECK_FONTS.filter((f) => f.subset === 'arabic')) {
      const [arabic, latin] = rules(css).filter((r) => r.family === face.family && r.weight === String(face.weight));
      const shared = [...characters].filter((c) => arabic !== undefined && latin !== undefined && claims(arabic, c) && claims(latin, c));
      expect(shared).toEqual([]);
    }
  });

  it('claims every character of the deck in every face', () => {
    for (const face of DECK_FONTS.filter((f) => f.subset === 'arabic')) {
      const faceRules = rules(css).filter((r) => r.family === face.family && r.weight === String(face.weight));
      expect([...characters].filter((c) => !faceRules.some((r) => claims(r, c)))).toEqual([]);
    }
  });

  it('cuts each file far below the installed one', async () => {
    for (const rule of rules(css)) {
      const face = DECK_FONTS.find((f) => rule.family === f.family && rule.weight === String(f.weight) && rule.url.includes(`-${f.subset}-`));
      if (face === undefined) throw new Error(`no face for ${rule.url}`);
      const subset = (await stat(join(ROOT, rule.url))).size;
      expect(subset).toBeLessThan((await stat(fontFile(face))).size / 2);
    }
  });
});

describe('fontFaceCss for an English deck', async () => {
  const css = await fontFaceCss({ characters: 'Why fighters flee 0123456789', cacheDir, root: ROOT, mainSubset: 'latin' });

  it('gives the space to the Latin file, so English text fetches no Arabic file', () => {
    expect(filesFor(css, 'IBM Plex Sans Arabic', '400', 'Why fighters flee')).toEqual(['latin']);
  });
});

describe('fontFaceCss with the whole fonts (the dev server)', async () => {
  const css = await fontFaceCss({ cacheDir, root: ROOT, mainSubset: 'arabic' });

  it('serves the installed files, still claiming the space for the Arabic file', async () => {
    const rule = rules(css)[0];
    expect(rule?.url).toContain('/node_modules/@fontsource/');
    expect(await readFile(join(ROOT, rule?.url ?? ''))).toEqual(await readFile(fontFile(DECK_FONTS[0] ?? DECK_FONTS[1]!)));
    expect(filesFor(css, 'IBM Plex Sans Arabic', '400', arabicLine)).toEqual(['arabic']);
  });
});

describe('SHAPING_FEATURES', () => {
  it('keeps the features Arabic shaping needs: joining forms, ligatures, marks', () => {
    for (const feature of ['isol', 'init', 'medi', 'fina', 'rlig', 'liga', 'calt', 'mark', 'mkmk', 'ccmp', 'kern']) expect(SHAPING_FEATURES).toContain(feature);
  });
});
