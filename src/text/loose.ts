// Builds patterns that find a written Arabic or English phrase whatever diacritics, tatweel or alef form it carries.

const MARKS = '[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u0640]*';
const LETTER_CLASSES: Record<string, string> = {
  '\u0627': '[\\u0627\\u0622\\u0623\\u0625\\u0671]',
  '\u0629': '[\\u0629\\u0647]',
  '\u064A': '[\\u064A\\u0649]',
  ' ': '[\\s\\u00A0]+',
};

/**
 * The source of a regular expression that matches `phrase` as written, whatever marks or tatweel the text
 * adds between letters. `phrase` is given in plain letters (no marks, bare alef).
 */
export function loosePhrase(phrase: string): string {
  return [...phrase]
    .map((ch) => (LETTER_CLASSES[ch] ?? escapeRegExp(ch)) + (ch === ' ' ? '' : MARKS))
    .join('');
}

/**
 * A pattern matching any of `phrases` at the very start of a text, as whole words, longest first. Group 1
 * is the phrase as written.
 */
export function leadingPhrases(phrases: readonly string[], { prefixes = '' } = {}): RegExp {
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map(loosePhrase);
  const prefix = prefixes === '' ? '' : `(?:[${prefixes}]${MARKS})?`;
  return new RegExp(`^(${prefix}(?:${alternatives.join('|')}))(?=$|[\\s\\p{P}])`, 'iu');
}

/**
 * A pattern matching one of `phrases` written with one of the `prefixes` letters glued on («ولا» for «لا»).
 * Group 1 is the prefix. Matches nothing when there are no prefixes or phrases.
 */
export function prefixedPhrases(phrases: readonly string[], prefixes: string): RegExp {
  if (prefixes === '' || phrases.length === 0) return /(?!)/u;
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map(loosePhrase);
  return new RegExp(`^([${prefixes}])${MARKS}(?:${alternatives.join('|')})(?=$|[\\s\\p{P}])`, 'iu');
}

// -- internal --

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
