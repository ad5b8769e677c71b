// Which characters a deck's fonts must keep: its own text, the runtime's strings, and a fixed set every deck needs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Characters every deck keeps whatever its text: printable ASCII (slide numbers, timers, the speaker
 * view's English labels), Arabic-Indic digits and punctuation, and the joining controls: tatweel
 * U+0640, ZWNJ U+200C, ZWJ U+200D, the direction marks U+200E/U+200F and U+061C.
 */
export const ALWAYS_KEPT = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)),
  ...'٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹،؛؟٪٫٬«»“”‘’…–—•\u00A0\u0640\u200C\u200D\u200E\u200F\u061C',
].join('');

/** The characters to keep: the deck's text, the runtime's own strings (speaker-view labels, CSS content), and ALWAYS_KEPT. */
export function charactersToKeep(deckText: string, runtimeDir: string): string {
  const runtime = readdirSync(runtimeDir)
    .filter((name) => /\.(ts|css)$/u.test(name))
    .map((name) => readFileSync(join(runtimeDir, name), 'utf8'))
    .join('');
  return [...new Set(`${deckText}${runtime}${ALWAYS_KEPT}`)].sort().join('');
}
