import { describe, expect, it } from 'vitest';
import { reverseRightToLeftLigatures } from '../../src/pdf/ligature-text.ts';

const cmap = (entries: string): string => `begincmap\n2 beginbfchar\n${entries}\nendbfchar\n1 beginbfrange\n<0025> <0026> <0631>\nendbfrange\nendcmap`;

describe('reverseRightToLeftLigatures', () => {
  it('reverses the letters of a right-to-left ligature entry, so extractors put them back in order', () => {
    const { cmap: fixed, count } = reverseRightToLeftLigatures(cmap('<0109> <0641064A>\n<0098> <06440627>'));
    expect(fixed).toContain('<0109> <064A0641>');
    expect(fixed).toContain('<0098> <06270644>');
    expect(count).toBe(2);
  });

  it('leaves single letters, Latin ligatures ("fi") and ranges alone', () => {
    const input = cmap('<0005> <0627>\n<0200> <00660069>');
    expect(reverseRightToLeftLigatures(input)).toEqual({ cmap: input, count: 0 });
  });
});
