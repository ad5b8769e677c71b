// Reading a PDF back with poppler, and comparing its Arabic text the way extractors leave it.
import { execFileSync } from 'node:child_process';

export const pdfInfo = (file: string): string => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
export const pdfFonts = (file: string): string => execFileSync('pdffonts', [file], { encoding: 'utf8' });
export const pageText = (file: string, page: number): string =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });

/**
 * Letters only, in a canonical form. Extractors do not give Arabic back as it was typed: pdftotext
 * splits the lam-alef ligature the wrong way round («الأجانب» → «األجانب»), writes the letters of other
 * ligature glyphs («في», «ين») reversed, adds spaces inside words set in a display face, and wraps lines
 * in bidi controls. So spaces, controls, marks and tatweel go, alef forms fold, and the comparison
 * below is of letters, not of their order within a ligature.
 */
export function letters(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, '')
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, '')
    .replace(/[\u0622\u0623\u0625\u0671]/gu, '\u0627')
    .replace(/[\p{P}\p{S}]/gu, '');
}

/** Whether `haystack` holds a run of letters of the same length made of exactly the letters of `needle`. */
export function containsLetters(haystack: string, needle: string): boolean {
  const text = [...letters(haystack)];
  const want = [...letters(needle)];
  if (want.length === 0 || want.length > text.length) return false;
  const key = (chars: string[]): string => [...chars].sort().join('');
  const target = key(want);
  for (let start = 0; start + want.length <= text.length; start++) {
    if (key(text.slice(start, start + want.length)) === target) return true;
  }
  return false;
}
