// Which characters a deck's fonts must keep: its own text, the runtime's strings, and a fixed set every deck needs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Characters every deck keeps whatever its text: digits and the punctuation of slide numbers, timers
 * and clocks, Arabic-Indic digits and punctuation, and the joining controls: tatweel U+0640, ZWNJ
 * U+200C, ZWJ U+200D, the direction marks U+200E/U+200F and U+061C.
 */
export const ALWAYS_KEPT = '0123456789 !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~–٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹،؛؟٪٫٬«»“”‘’…—•\u00A0\u0640\u200C\u200D\u200E\u200F\u061C';

/** reveal's speaker view and print labels, which a deck not in Arabic shows as they are, in its fonts. */
export const ENGLISH_INTERFACE = 'Upcoming Time Click to Reset Pacing – Time to finish current slide Notes Layout: Default Wide Tall Notes only Speaker notes, slide AM PM Loading speaker view...';

/**
 * The characters to keep: the deck's text, the runtime's own non-ASCII strings (the Arabic speaker-view
 * labels and CSS content), the interface's English words for a deck in another language, and ALWAYS_KEPT.
 * The runtime's ASCII is its code, not text anyone sees, so it is left out.
 */
export function charactersToKeep(deckText: string, language: string, runtimeDir: string): string {
  const runtime = readdirSync(runtimeDir)
    .filter((name) => /\.(ts|css)$/u.test(name))
    .map((name) => readFileSync(join(runtimeDir, name), 'utf8').replace(/[\u0000-\u007f]/gu, ''))
    .join('');
  const interfaceWords = language === 'ar' ? '' : ENGLISH_INTERFACE;
  return [...new Set(`${deckText}${runtime}${interfaceWords}${ALWAYS_KEPT}`)].sort().join('');
}

/**
 * Every character a deck's slides may hold in the scripts it is written in: the build `deck pdf` prints
 * from serves any deck, so its fonts are cut to these rather than to one deck's text (the same cut, with
 * the same shaping features, as a hosted build: Chromium's PDF text is read back right from it).
 */
export function everyDeckCharacter(runtimeDir: string): string {
  const ranges: [number, number][] = [
    [0x20, 0x7e], // Latin letters, digits, punctuation
    [0xa0, 0xff], // Latin-1
    [0x2000, 0x206f], // general punctuation: dashes, quotes, marks
    [0x0590, 0x05ff], // Hebrew
    [0x0600, 0x06ff], // Arabic
    [0x0750, 0x077f], // Arabic supplement
  ];
  const text = ranges.map(([from, to]) => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i))).join('');
  return charactersToKeep(text, 'en', runtimeDir);
}
