import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/deck/compile.ts';
import { formatDuration, slideTiming } from '../../src/deck/timing.ts';
import type { SourceSlide } from '../../src/deck/slide-file.ts';

const slide = (notes: string[], fields: Record<string, unknown> = {}): SourceSlide => ({
  path: 'slides/01-x.md',
  id: 'x',
  kind: 'cause',
  title: 't',
  fields,
  body: '',
  notes,
});

const words = (count: number): string => Array.from({ length: count }, () => 'كلمة').join(' ');

describe('slideTiming', () => {
  it('gives Arabic notes the time to speak them at 110 words a minute', () => {
    expect(slideTiming(slide([words(110)]), 'ar')).toBe(60);
    expect(slideTiming(slide([words(110), words(55)]), 'ar')).toBe(90);
  });

  it('speaks English faster', () => {
    expect(slideTiming(slide([words(150)]), 'en')).toBe(60);
  });

  it('gives a slide with short notes at least 20 seconds', () => {
    expect(slideTiming(slide(['عنوان العرض']), 'ar')).toBe(20);
  });

  it('lets timing: in the front matter override the notes, in seconds or m:ss', () => {
    expect(slideTiming(slide([words(500)], { timing: 45 }), 'ar')).toBe(45);
    expect(slideTiming(slide([], { timing: '2:30' }), 'ar')).toBe(150);
    expect(() => slideTiming(slide([], { timing: 'soon' }), 'ar')).toThrow(/not a duration/u);
  });

  it('writes a duration as m:ss', () => {
    expect(formatDuration(754)).toBe('12:34');
  });
});

describe('compiled timings', () => {
  it('puts data-timing on every section and sums the deck’s time', () => {
    const file = (id: string, notes: string, timing = '') => ({
      path: `slides/${id}.md`,
      content: `---\nid: ${id}\nkind: cause\ntitle: t\n${timing}---\n\n## t\n\nNote:\n\n${notes}\n`,
    });
    const deck = compileDeck([file('a', words(110)), file('b', 'قصير', 'timing: 40\n')]);
    expect(deck.slides.map((s) => s.timing)).toEqual([60, 40]);
    expect(deck.totalSeconds).toBe(100);
    expect(deck.sectionsHtml).toContain('data-timing="60"');
    expect(deck.sectionsHtml).toContain('data-timing="40"');
  });

  it('takes reveal’s own data-timing in the front matter as the slide’s timing, written once', () => {
    const file = { path: 'slides/a.md', content: `---\nid: a\nkind: cause\ntitle: t\ndata-timing: 75\n---\n\n## t\n\nNote:\n\nقصير\n` };
    const deck = compileDeck([file]);
    expect(deck.slides[0]?.timing).toBe(75);
    expect(deck.sectionsHtml.match(/data-timing=/gu)).toHaveLength(1);
    expect(deck.sectionsHtml).toContain('data-timing="75"');
  });
});
