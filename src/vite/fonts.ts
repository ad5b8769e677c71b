// The deck's web fonts: which @fontsource files, and the @font-face rules that load them (subset or whole).
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { unicodeRange } from '../deck/unicode-range.ts';
import { type FontFile, subsetFontFile, wholeFontFile } from './font-files.ts';

export interface FontFace {
  family: string;
  /** The @fontsource package. */
  package: string;
  weight: number;
  /** The @fontsource subset: Arabic or Hebrew letters, or the Latin letters, digits and punctuation. */
  subset: 'arabic' | 'hebrew' | 'latin';
}

/**
 * IBM Plex Sans Arabic 400 and 600 for the body; Noto Kufi Arabic 700 for headings; IBM Plex Sans Hebrew
 * (its Hebrew letters only: digits and Latin come from the Arabic face before it) for a Hebrew deck or a
 * Hebrew word. A face a deck's text does not need is never fetched: its unicode-range does not match.
 */
export const DECK_FONTS: readonly FontFace[] = [
  ...[400, 600].flatMap((weight) => faces('IBM Plex Sans Arabic', '@fontsource/ibm-plex-sans-arabic', weight)),
  ...faces('Noto Kufi Arabic', '@fontsource/noto-kufi-arabic', 700),
  ...[400, 600, 700].map((weight): FontFace => ({ family: 'IBM Plex Sans Hebrew', package: '@fontsource/ibm-plex-sans-hebrew', weight, subset: 'hebrew' })),
];

/** The woff2 file of a face, as installed. */
export function fontFile(face: FontFace): string {
  const name = face.package.split('/')[1] ?? '';
  return createRequire(import.meta.url).resolve(`${face.package}/files/${name}-${face.subset}-${face.weight}-normal.woff2`);
}

export interface FontOptions {
  /** Cut each file down to these characters; the whole files when left out. */
  characters?: string;
  /** Where cut-down files are kept between builds. */
  cacheDir: string;
  /** The project root, which the rules' URLs are relative to. */
  root: string;
  /** The file that draws what both files of a face can draw (the space): the one the deck's own script needs. */
  mainSubset: FontFace['subset'];
}

/**
 * @font-face rules for the deck's fonts. Each rule's unicode-range is what its file really draws, and
 * the two files of a face never claim the same character, so a browser fetches only the files the text
 * on screen needs: an Arabic slide without digits or Latin punctuation needs no Latin file at all.
 */
export async function fontFaceCss(options: FontOptions): Promise<string> {
  const files = await Promise.all(
    DECK_FONTS.map((face) => (options.characters === undefined ? wholeFontFile(fontFile(face)) : subsetFontFile(fontFile(face), options.characters, options.cacheDir))),
  );
  return DECK_FONTS.map((face, index) => {
    const file = files[index] as FontFile;
    const sibling = files[DECK_FONTS.findIndex((other) => other !== face && other.package === face.package && other.weight === face.weight)];
    const drawn = face.subset === options.mainSubset || sibling === undefined ? file.codePoints : without(file.codePoints, sibling.codePoints);
    // Root-relative: a virtual module has no folder for Vite to resolve a relative url() against.
    const url = `/${relative(options.root, file.path).split(sep).join('/')}`;
    // `block`, not `swap`: a slide painted before its fonts arrive (a slow link, a busy phone) keeps its text
    // invisible for those milliseconds instead of drawing it in a system face whose other line breaks would
    // then jump (layout shift 0.016 on the cover, measured). The fonts are preloaded and small.
    return [
      '@font-face {',
      `  font-family: '${face.family}';`,
      '  font-style: normal;',
      '  font-display: block;',
      `  font-weight: ${face.weight};`,
      `  src: url('${url}') format('woff2');`,
      `  unicode-range: ${unicodeRange(drawn)};`,
      '}',
    ].join('\n');
  }).join('\n');
}

// -- internal --

function faces(family: string, pkg: string, weight: number): FontFace[] {
  return [
    { family, package: pkg, weight, subset: 'arabic' },
    { family, package: pkg, weight, subset: 'latin' },
  ];
}

function without(codePoints: ReadonlySet<number>, taken: ReadonlySet<number>): number[] {
  return [...codePoints].filter((c) => !taken.has(c));
}
