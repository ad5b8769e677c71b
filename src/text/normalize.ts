// The one place where text is normalised, and only for comparisons: what is shown and saved stays as written.

const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g; // harakat, Quranic marks, tatweel
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/**
 * A form of `text` for comparing words and phrases: no diacritics or tatweel, one alef, final yeh and
 * teh marbuta folded, Latin lower-cased, any run of white space (NBSP included) as one space.
 */
export function comparable(text: string): string {
  return text
    .normalize('NFC')
    .replace(ARABIC_MARKS, '')
    .replace(ALEF_FORMS, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** `comparable`, and without punctuation at either edge: for matching a single word. */
export function comparableWord(word: string): string {
  return comparable(word).replace(EDGE_PUNCTUATION, '');
}

/** Words separated by any white space, NBSP included. */
export function words(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w.length > 0);
}
