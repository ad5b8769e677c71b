// The cover's own fonts: each font file the first paint draws with, cut to the characters of the first
// slide alone, under a family of its own that only the first slide uses. On a slow link the first paint
// then waits for a few kilobytes of font rather than for the deck's whole fonts; every other slide keeps
// the deck's files, so no word is ever drawn half from one file and half from another (its letters would
// not join).

/** The first slide: the one element whose text the cover's fonts draw. */
export const COVER = '.reveal .slides > section:first-of-type';

/** The theme's font stacks (src/runtime/theme.css): custom properties the cover's families are put into. */
export const FONT_STACKS = ['--deck-body-font', '--deck-heading-font'] as const;

/** A web-font face as its @font-face rule names it: a deck face the first paint drew with, or its cover cut. */
export interface FaceRule {
  family: string;
  /** As the rule writes it: `400`, `bold`. */
  weight: string;
  /** The file, relative to the page. */
  file: string;
  /** The characters the face is used for (CSS unicode-range). */
  unicodeRange: string;
}

/** The family a deck family's cover cut goes by. */
export function coverFamily(family: string): string {
  return `${family} (cover)`;
}

/**
 * The @font-face rules of the cover's faces, and a rule giving the first slide the theme's stacks with
 * each family that has a cover cut preceded by it: `'Noto Kufi Arabic (cover)', 'Noto Kufi Arabic', …`.
 * `stacks` are the theme's values, by custom property; the first slide's body text is given its stack
 * itself, as it would otherwise inherit the family the deck's frame worked out from the theme's.
 */
export function coverFontCss(faces: readonly FaceRule[], stacks: Readonly<Record<string, string>>): string {
  if (faces.length === 0) return '';
  const rules = faces.map((face) =>
    [
      `@font-face{font-family:${quoted(coverFamily(face.family))};font-style:normal;font-display:block;font-weight:${face.weight};`,
      `src:url(${quoted(`./${face.file}`)}) format("woff2");unicode-range:${face.unicodeRange}}`,
    ].join(''),
  );
  const cut = new Set(faces.map((face) => face.family));
  const declarations = Object.entries(stacks).map(([property, stack]) => `${property}:${withCoverFamilies(stack, cut)};`);
  return `${rules.join('\n')}\n${COVER}{${declarations.join('')}font-family:var(${FONT_STACKS[0]})}`;
}

/** The families of a CSS font stack, unquoted: `'A B', C, sans-serif` → `A B`, `C`, `sans-serif`. */
export function stackFamilies(stack: string): string[] {
  return stack
    .split(',')
    .map((family) => family.trim().replace(/^(['"])(.*)\1$/u, '$2'))
    .filter((family) => family !== '');
}

// -- internal --

function withCoverFamilies(stack: string, cut: ReadonlySet<string>): string {
  return stackFamilies(stack)
    .flatMap((family) => (cut.has(family) ? [coverFamily(family), family] : [family]))
    .map((family) => (GENERIC.has(family) ? family : quoted(family)))
    .join(',');
}

const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'math', 'emoji', 'ui-sans-serif', 'ui-serif']);

/** A CSS string; `<` escaped too, so that no family name can close the <style> element it is written in. */
function quoted(text: string): string {
  return `"${text.replace(/["\\]/gu, '\\$&').replace(/</gu, '\\3c ')}"`;
}
