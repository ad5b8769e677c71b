// Splits article text into its non-empty lines, numbered as an editor numbers them.
import type { Paragraph } from './model.ts';

/**
 * Every non-blank line, trimmed, with its 1-based line number. A BOM, CRLF or lone CR endings and NBSP
 * padding are read, not kept; the words themselves are untouched.
 */
export function textLines(text: string): Paragraph[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ text: raw.trim(), line: index + 1 }))
    .filter((line) => line.text !== '');
}
