// Untrusted input from the article to the deck HTML: nothing that runs, nothing that loads, everything still shown.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.ts';
import { compileDeck } from '../../src/deck/compile.ts';
import { formatSlides } from '../../src/slides/format.ts';
import { planSlides } from '../../src/slides/plan.ts';
import { MAX_WORD_CHARS } from '../../src/slides/words.ts';
import { fixtureArticle } from '../helpers.ts';

const article = parseArticle(fixtureArticle('hostile'));
const files = formatSlides(planSlides(article).slides, article);
const deck = compileDeck(files.map((f) => ({ path: f.name, content: f.content })));
const { document } = parseHTML(`<div class="slides">${deck.sectionsHtml}</div>`);

describe('a hostile article, generated and compiled', () => {
  it('gives a deck with no element that runs or loads anything', () => {
    expect(document.querySelectorAll('script, iframe, svg, style, img, object, embed, form, link, meta, section section')).toHaveLength(0);
    for (const element of document.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        expect(name, `${element.tagName} ${name}`).not.toMatch(/^on/iu);
        expect(name).not.toBe('style');
        expect(value, `${element.tagName} ${name}`).not.toMatch(/^\s*(javascript|vbscript|data):/iu);
      }
    }
  });

  it('shows the hostile markup as the text it is', () => {
    const text = document.querySelector('.slides')?.textContent ?? '';
    expect(text).toContain('<iframe src="https://example.org"></iframe> إطار مضمن');
    expect(text).toContain('[رابط خادع](javascript:window.pwned=1)');
    const links = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(links.every((href) => href.startsWith('#/'))).toBe(true);
  });

  it('keeps the notes verbatim but as text', () => {
    const notes = [...document.querySelectorAll('aside.notes')].map((n) => n.textContent ?? '').join('\n');
    expect(notes).toContain('<svg onload="window.pwned=1"><circle r=5 /></svg> رسم');
  });

  it('cuts a word too long for a slide, on the slide only', () => {
    for (const element of document.querySelectorAll('.slide-frame :is(h1, h2, li, p, a)')) {
      const longest = Math.max(0, ...(element.textContent ?? '').split(/\s+/u).map((w) => [...w].length));
      expect(longest, element.textContent?.slice(0, 30)).toBeLessThanOrEqual(MAX_WORD_CHARS + 1);
    }
    expect(document.querySelector('#cause-2 aside.notes')?.textContent).toContain('كلمة'.repeat(600));
  });
});
