// Turns the bytes of an article file into text, or says precisely why they are not a text file we can read.
import { ArticleError } from '../errors.ts';
import { type QualityWarning, warning } from '../warnings.ts';

/** The largest article accepted: far beyond any briefing, small enough that nothing downstream can stall. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type ArticleEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export interface DecodedArticle {
  text: string;
  encoding: ArticleEncoding;
  /** Things the user should know but that did not stop us, e.g. a legacy encoding was assumed. */
  warnings: QualityWarning[];
}

/** Throws unless an article of `byteCount` bytes is small enough to read; callers can check before reading. */
export function assertArticleSize(byteCount: number, file: string): void {
  if (byteCount > MAX_ARTICLE_BYTES) {
    throw new ArticleError('article-too-large', `the article is ${megabytes(byteCount)} MB; the limit is 5 MB`, {
      file,
      hint: 'Split the text into several articles, or remove material that is not part of the article.',
    });
  }
}

/** Decodes an article file; throws `ArticleError` for empty, binary, oversized or undecodable input. */
export function decodeArticle(bytes: Uint8Array, file: string): DecodedArticle {
  assertArticleSize(bytes.length, file);
  const decoded = decodeUtf16(bytes) ?? decodeUtf8(bytes, file) ?? decodeWindows1256(bytes, file);
  // Blank, or only invisible characters (zero-width spaces, direction marks, no-break spaces): nothing to read.
  if (!/[\p{L}\p{N}]/u.test(decoded.text)) {
    throw new ArticleError('article-empty', 'the article is empty', {
      file,
      hint: 'Paste the article text into the file and save it as UTF-8.',
    });
  }
  return decoded;
}

// -- internal --

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function decodeUtf16(bytes: Uint8Array): DecodedArticle | undefined {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (encoding === undefined) return undefined;
  const text = new TextDecoder(encoding).decode(bytes);
  return { text, encoding, warnings: [warning('encoding', `the file is saved as ${encoding.toUpperCase()}; it was read, but UTF-8 is safer`)] };
}

function decodeUtf8(bytes: Uint8Array, file: string): DecodedArticle | undefined {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ArticleError('article-binary', `this is not a text file: it has a NUL byte at offset ${nul}`, {
      file,
      hint: 'Give the plain-text (.txt) version of the article, not a Word or PDF file.',
    });
  }
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    return undefined;
  }
}

/**
 * Text that is not UTF-8 is most often an Arabic file saved by an old Windows editor. Windows-1256 maps
 * nearly every byte, so accept it only when it decodes to mostly Arabic letters, and otherwise name the
 * first byte that is not UTF-8.
 */
function decodeWindows1256(bytes: Uint8Array, file: string): DecodedArticle {
  const { valid, invalid } = utf8Sequences(bytes);
  const offset = firstInvalidUtf8Byte(bytes);
  // A UTF-8 text with a byte or two broken is still UTF-8: read as Windows-1256 it would all be mojibake.
  if (valid > invalid) {
    throw new ArticleError('article-encoding', `the text is UTF-8 but byte ${offset} (0x${hex(bytes[offset])}) is damaged`, {
      file,
      hint: `Open the file in a text editor, fix or delete the broken character near byte ${offset}, and save it as UTF-8.`,
    });
  }
  const text = new TextDecoder('windows-1256').decode(bytes);
  if (looksArabic(text)) {
    return { text, encoding: 'windows-1256', warnings: [warning('encoding', 'the file is not UTF-8; it was read as Windows-1256 (legacy Arabic)')] };
  }
  throw new ArticleError('article-encoding', `the text is not UTF-8: byte ${offset} (0x${hex(bytes[offset])}) is not valid there`, {
    file,
    hint: 'Open the file in a text editor and save it again with the encoding "UTF-8".',
  });
}

function looksArabic(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const arabic = text.match(/\p{Script=Arabic}/gu) ?? [];
  return letters.length > 0 && arabic.length / letters.length >= 0.6;
}

/** How many multi-byte UTF-8 sequences are whole, and how many bytes break one. */
function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes[i] ?? 0);
    const whole = length > 0 && [...bytes.subarray(i + 1, i + length)].every((b) => (b & 0xc0) === 0x80) && i + length <= bytes.length;
    if (!whole) {
      invalid++;
      i++;
    } else {
      if (length > 1) valid++;
      i += length;
    }
  }
  return { valid, invalid };
}

/** Offset of the first byte that breaks UTF-8. Node has validators but none that says where. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes[i] ?? 0);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    if (!utf8IsValid(bytes.subarray(i, i + length))) return i;
    i += length;
  }
  return bytes.length;
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

// Overlong forms and surrogates pass the structural check above; let the real decoder judge them.
function utf8IsValid(sequence: Uint8Array): boolean {
  try {
    utf8.decode(sequence);
    return true;
  } catch {
    return false;
  }
}

function hex(byte: number | undefined): string {
  return (byte ?? 0).toString(16).toUpperCase().padStart(2, '0');
}

function megabytes(count: number): string {
  return (count / 1024 / 1024).toFixed(1);
}
