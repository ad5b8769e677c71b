// Guesses the article's language and writing direction from the script most of its letters are in.
import type { Direction, Numerals } from './model.ts';

export interface Script {
  language: string;
  direction: Direction;
}

/** The digits `text` uses most: Arabic-Indic (or Persian) ones, or Western ones; a tie goes to the Western ones. */
export function detectNumerals(text: string): Numerals {
  const eastern = text.match(/[\u0660-\u0669\u06F0-\u06F9]/gu)?.length ?? 0;
  const western = text.match(/[0-9]/gu)?.length ?? 0;
  return eastern > western ? 'arab' : 'latn';
}

/** Arabic when in doubt: it is the language this tool is made for. */
export function detectScript(text: string): Script {
  let best: (typeof SCRIPTS)[number] | undefined;
  let bestCount = 0;
  for (const script of SCRIPTS) {
    const count = text.match(script.letters)?.length ?? 0;
    if (count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  return best === undefined ? { language: 'ar', direction: 'rtl' } : { language: best.language, direction: best.direction };
}

// -- internal --

// A script says the direction for certain; the language is the script's most likely one. Latin text is
// tagged English: the parser's headings and openers are English ones, and `lang` only steers hyphenation
// and screen-reader voices.
const SCRIPTS = [
  { language: 'ar', direction: 'rtl', letters: /\p{Script=Arabic}/gu },
  { language: 'he', direction: 'rtl', letters: /\p{Script=Hebrew}/gu },
  { language: 'en', direction: 'ltr', letters: /\p{Script=Latin}/gu },
  { language: 'ru', direction: 'ltr', letters: /\p{Script=Cyrillic}/gu },
  { language: 'el', direction: 'ltr', letters: /\p{Script=Greek}/gu },
] as const satisfies readonly (Script & { letters: RegExp })[];
