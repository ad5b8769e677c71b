// How many of a deck's words a reader can find in its PDF: with poppler (pdftotext: Evince, Okular) and with
// pdf.js (Firefox and most web viewers), each word as typed, marks and punctuation aside.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Recall {
  /** Share of the deck's distinct words found whole in the extracted text. */
  share: number;
  /** A few of the words not found. */
  missing: string[];
}

/** The distinct words of `text`, marks, tatweel and punctuation removed. */
export function wordsOf(text: string): string[] {
  return [...new Set(text.split(/[\s\u200E\u200F\u202A-\u202E\u2066-\u2069]+/u).map(bare).filter((w) => /\p{L}/u.test(w)))];
}

export function popplerText(pdf: string): string {
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
}

export async function pdfjsText(pdf: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(pdf)), useSystemFonts: false, verbosity: 0 }).promise;
  let text = '';
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    text += `${content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ' '}` : '')).join('')}\n`;
  }
  return text;
}

export function recall(expected: readonly string[], extracted: string): Recall {
  const found = new Set(wordsOf(extracted));
  const missing = expected.filter((word) => !found.has(word));
  return { share: 1 - missing.length / expected.length, missing: missing.slice(0, 10) };
}

// -- internal --

function bare(word: string): string {
  return word.normalize('NFC').replace(/[\u064B-\u065F\u0670\u0640]/gu, '').replace(/[\p{P}\p{S}]/gu, '');
}
