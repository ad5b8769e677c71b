import { describe, expect, it } from 'vitest';
import { inUnicodeRange, unicodeRange } from '../../src/deck/unicode-range.ts';

describe('unicodeRange', () => {
  it('joins consecutive code points into spans, in order, and leaves out control characters', () => {
    expect(unicodeRange([0x0d, 0x62a, 0x20, 0x628, 0x629, 0x627])).toBe('U+20,U+627-62A');
  });

  it('gives a range that matches no text when there is nothing to draw', () => {
    expect(unicodeRange([])).toBe('U+FFFF');
  });
});

describe('inUnicodeRange', () => {
  it('reads back what unicodeRange writes', () => {
    const range = unicodeRange([0x20, 0x627, 0x628, 0x629, 0x62a]);
    expect([0x20, 0x627, 0x62a].map((c) => inUnicodeRange(range, c))).toEqual([true, true, true]);
    expect([0x21, 0x626, 0x62b].map((c) => inUnicodeRange(range, c))).toEqual([false, false, false]);
  });

  it('reads a range as a browser writes it: spaces, lower case, wildcards', () => {
    expect(inUnicodeRange('U+20, u+600-6ff', 0x644)).toBe(true);
    expect(inUnicodeRange('U+4??', 0x4ff)).toBe(true);
    expect(inUnicodeRange('U+4??', 0x500)).toBe(false);
    expect(inUnicodeRange('not a range', 0x20)).toBe(false);
  });
});
