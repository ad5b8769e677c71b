// The deck's web fonts: which @fontsource files, and the @font-face rules that load them (subset or whole).
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import subsetFont from 'subset-font';

export interface FontFace {
  family: string;
  /** The @fontsource package. */
  package: string;
  weight: number;
  /** The @fontsource subset: Arabic letters, or the Latin letters, digits and punctuation. */
  subset: 'arabic' | 'latin';
  unicodeRange: string;
}

// Each Arabic family ships its Latin letters, digits and punctuation in a separate `latin` subset: both are
// declared, each with its unicode-range, so a browser fetches only the files the text needs.
const ARABIC_RANGE = 'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC,U+102E0-102FB,U+10E60-10E7E,U+10EC2-10EC4,U+10EFC-10EFF,U+1EE00-1EE03,U+1EE05-1EE1F,U+1EE21-1EE22,U+1EE24,U+1EE27,U+1EE29-1EE32,U+1EE34-1EE37,U+1EE39,U+1EE3B,U+1EE42,U+1EE47,U+1EE49,U+1EE4B,U+1EE4D-1EE4F,U+1EE51-1EE52,U+1EE54,U+1EE57,U+1EE59,U+1EE5B,U+1EE5D,U+1EE5F,U+1EE61-1EE62,U+1EE64,U+1EE67-1EE6A,U+1EE6C-1EE72,U+1EE74-1EE77,U+1EE79-1EE7C,U+1EE7E,U+1EE80-1EE89,U+1EE8B-1EE9B,U+1EEA1-1EEA3,U+1EEA5-1EEA9,U+1EEAB-1EEBB,U+1EEF0-1EEF1';
const LATIN_RANGE = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

/** IBM Plex Sans Arabic 400 and 600 for the body; Noto Kufi Arabic 700 for headings. */
export const DECK_FONTS: readonly FontFace[] = [
  ...[400, 600].flatMap((weight) => faces('IBM Plex Sans Arabic', '@fontsource/ibm-plex-sans-arabic', weight)),
  ...faces('Noto Kufi Arabic', '@fontsource/noto-kufi-arabic', 700),
];

/** The woff2 file of a face, as installed. */
export function fontFile(face: FontFace): string {
  const name = face.package.split('/')[1] ?? '';
  return createRequire(import.meta.url).resolve(`${face.package}/files/${name}-${face.subset}-${face.weight}-normal.woff2`);
}

/**
 * @font-face rules for the deck's fonts. With `characters`, each file is first cut down to those
 * characters (kept in `cacheDir` under a hash of file and characters, so a rebuild reuses it); without,
 * the whole files are used.
 */
export async function fontFaceCss(characters: string | undefined, cacheDir: string, root: string): Promise<string> {
  const rules = await Promise.all(
    DECK_FONTS.map(async (face) => {
      const file = characters === undefined ? fontFile(face) : await subsetFile(face, characters, cacheDir);
      // Root-relative: a virtual module has no folder for Vite to resolve a relative url() against.
      const url = `/${relative(root, file).split(sep).join('/')}`;
      return [
        '@font-face {',
        `  font-family: '${face.family}';`,
        '  font-style: normal;',
        '  font-display: swap;',
        `  font-weight: ${face.weight};`,
        `  src: url('${url}') format('woff2');`,
        `  unicode-range: ${face.unicodeRange};`,
        '}',
      ].join('\n');
    }),
  );
  return rules.join('\n');
}

// -- internal --

function faces(family: string, pkg: string, weight: number): FontFace[] {
  return [
    { family, package: pkg, weight, subset: 'arabic', unicodeRange: ARABIC_RANGE },
    { family, package: pkg, weight, subset: 'latin', unicodeRange: LATIN_RANGE },
  ];
}

/**
 * HarfBuzz's subsetter keeps the layout features it keeps by default, which include Arabic joining
 * (init, medi, fina, isol), ligatures (rlig, liga, calt) and mark positioning (mark, mkmk), and every
 * glyph those features reach from the kept characters, so the text shapes as with the whole font.
 */
async function subsetFile(face: FontFace, characters: string, cacheDir: string): Promise<string> {
  const source = await readFile(fontFile(face));
  const key = createHash('sha256').update(source).update(characters).digest('hex').slice(0, 16);
  const name = `${face.package.split('/')[1]}-${face.subset}-${face.weight}-${key}.woff2`;
  const path = join(cacheDir, name);
  const cached = await readFile(path).catch(() => undefined);
  if (cached === undefined) {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(path, await subsetFont(source, characters, { targetFormat: 'woff2' }));
  }
  return path;
}
