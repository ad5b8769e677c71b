import { describe, expect, it } from 'vitest';
import { COVER, coverFamily, coverFontCss, type FaceRule, stackFamilies } from '../../src/deck/cover-fonts.ts';

const KUFI: FaceRule = { family: 'Noto Kufi Arabic', weight: '700', file: 'assets/kufi-700-cover-1a2b3c4d.woff2', unicodeRange: 'U+20,U+627-62A' };
const PLEX: FaceRule = { family: 'IBM Plex Sans Arabic', weight: '400', file: 'assets/plex-400-cover-5e6f7a8b.woff2', unicodeRange: 'U+20,U+644' };
const STACKS = {
  '--deck-body-font': "'IBM Plex Sans Arabic', 'IBM Plex Sans Hebrew', sans-serif",
  '--deck-heading-font': "'Noto Kufi Arabic', 'IBM Plex Sans Arabic', 'IBM Plex Sans Hebrew', sans-serif",
};

describe('coverFontCss', () => {
  it('names each cut face under its own family, with its file and the characters it draws', () => {
    const css = coverFontCss([KUFI, PLEX], STACKS);
    expect(css).toContain('@font-face{font-family:"Noto Kufi Arabic (cover)";font-style:normal;font-display:block;font-weight:700;');
    expect(css).toContain('src:url("./assets/kufi-700-cover-1a2b3c4d.woff2") format("woff2");unicode-range:U+20,U+627-62A}');
  });

  it('gives the first slide alone the theme’s stacks with each cut family before the family it was cut from', () => {
    const css = coverFontCss([KUFI, PLEX], STACKS);
    const rule = css.slice(css.indexOf(COVER));
    expect(rule).toBe(
      `${COVER}{--deck-body-font:"IBM Plex Sans Arabic (cover)","IBM Plex Sans Arabic","IBM Plex Sans Hebrew",sans-serif;` +
        '--deck-heading-font:"Noto Kufi Arabic (cover)","Noto Kufi Arabic","IBM Plex Sans Arabic (cover)","IBM Plex Sans Arabic","IBM Plex Sans Hebrew",sans-serif;' +
        'font-family:var(--deck-body-font)}',
    );
  });

  it('writes a family name so that it cannot close the <style> element the rules stand in', () => {
    const css = coverFontCss([{ ...KUFI, family: 'X</style><script>alert(1)</script>' }], STACKS);
    expect(css).not.toMatch(/<\/style/iu);
    expect(css).toContain('font-family:"X\\3c /style>\\3c script>alert(1)\\3c /script> (cover)"');
  });

  it('leaves a family without a cut as it is, and writes nothing when nothing was cut', () => {
    expect(coverFontCss([KUFI], STACKS)).toContain('--deck-body-font:"IBM Plex Sans Arabic","IBM Plex Sans Hebrew",sans-serif;');
    expect(coverFontCss([], STACKS)).toBe('');
  });

  it('quotes a family name that holds a quote', () => {
    expect(coverFontCss([{ ...KUFI, family: 'My "Kufi"' }], {})).toContain(`font-family:"${coverFamily('My \\"Kufi\\"')}"`);
  });
});

describe('stackFamilies', () => {
  it('reads a stack’s families, quoted either way or not at all', () => {
    expect(stackFamilies(` 'A B', "C" ,D, sans-serif`)).toEqual(['A B', 'C', 'D', 'sans-serif']);
  });
});
