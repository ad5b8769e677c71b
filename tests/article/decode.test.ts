import { describe, expect, it } from 'vitest';
import { decodeArticle, MAX_ARTICLE_BYTES } from '../../src/article/decode.ts';
import { ArticleError } from '../../src/errors.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

// «العربية في النص» as Windows-1256 bytes, written out from the code page's table.
const CP1256: Record<string, number> = { ا: 0xc7, ل: 0xe1, ع: 0xda, ر: 0xd1, ب: 0xc8, ي: 0xed, ة: 0xc9, ف: 0xdd, ن: 0xe4, ص: 0xd5, ' ': 0x20, '\n': 0x0a };
const cp1256 = (text: string): Uint8Array => Uint8Array.from([...text].map((ch) => CP1256[ch] ?? 0x3f));

function failure(bytes: Uint8Array): ArticleError {
  try {
    decodeArticle(bytes, 'article.txt');
  } catch (error) {
    if (error instanceof ArticleError) return error;
    throw error;
  }
  throw new Error('decodeArticle accepted the bytes');
}

describe('decodeArticle', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeArticle(utf8('نص عربي'), 'a.txt')).toMatchObject({ text: 'نص عربي', encoding: 'utf-8', warnings: [] });
    expect(decodeArticle(utf8('\uFEFFنص عربي'), 'a.txt').text.replace(/^\uFEFF/, '')).toBe('نص عربي');
  });

  it('reads a legacy Windows-1256 Arabic file and says so', () => {
    const decoded = decodeArticle(cp1256('العربية في النص\n'), 'a.txt');
    expect(decoded.text).toBe('العربية في النص\n');
    expect(decoded.encoding).toBe('windows-1256');
    expect(decoded.warnings.map((w) => w.message).join(' ')).toMatch(/Windows-1256/);
  });

  it('reads UTF-16 with a BOM', () => {
    const text = 'نص';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((ch, i) => {
      const code = ch.charCodeAt(0);
      bytes.set([code & 0xff, code >> 8], 2 + i * 2);
    });
    expect(decodeArticle(bytes, 'a.txt').text.replace(/^\uFEFF/, '')).toBe('نص');
  });

  it('rejects an empty or blank file', () => {
    expect(failure(new Uint8Array()).code).toBe('article-empty');
    expect(failure(utf8(' \n\t\n')).code).toBe('article-empty');
  });

  it('rejects a binary file, naming where the NUL byte is', () => {
    const error = failure(Uint8Array.from([0x61, 0x62, 0x00, 0x63]));
    expect(error.code).toBe('article-binary');
    expect(error.message).toContain('offset 2');
    expect(error.file).toBe('article.txt');
  });

  it('rejects text in another legacy encoding, naming the first byte that is not UTF-8', () => {
    const latin1 = Uint8Array.from([...'caf', 0xe9, ...' au lait'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))));
    const error = failure(latin1);
    expect(error.code).toBe('article-encoding');
    expect(error.message).toContain('byte 3');
    expect(error.hint).toMatch(/UTF-8/);
  });

  it('rejects a file over 5 MB', () => {
    expect(failure(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61)).code).toBe('article-too-large');
  });
});

describe('decodeArticle on damaged or invisible text', () => {
  it('refuses a UTF-8 Arabic file with one broken byte, naming it, rather than reading mojibake', () => {
    const good = utf8('هذا مقال عربي طويل بما يكفي ليكون نصاً حقيقياً مكتوباً بترميز يونيكود. '.repeat(20));
    const bytes = new Uint8Array([...good.subarray(0, 301), 0xff, ...good.subarray(301)]);
    const error = failure(bytes);
    expect(error.message).toMatch(/UTF-8 but byte 301 \(0xFF\) is damaged/u);
    expect(error.hint).toMatch(/near byte 301/u);
  });

  it.each([
    ['zero-width spaces', '\u200B\u200B\u200B\n\u200B'],
    ['no-break spaces and direction marks', '\u00A0\u00A0\u200F\u200E\n\u00A0'],
  ])('refuses an article of only %s like an empty one', (_name, text) => {
    expect(failure(utf8(text)).message).toBe('the article is empty');
  });
});
