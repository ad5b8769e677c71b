import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/deck/compile.ts';
import { readSlides } from '../../src/deck/read.ts';
import { SlideFileError } from '../../src/errors.ts';
import { join } from 'node:path';
import { ROOT } from '../helpers.ts';

const files = await readSlides(join(ROOT, 'slides'));
const deck = compileDeck(files);
const { document } = parseHTML(`<div class="slides">${deck.sectionsHtml}</div>`);
const sections = [...document.querySelectorAll('.slides > section')];

const slide = (kind: string, content: string, fields = ''): { path: string; content: string } => ({
  path: `slides/01-${kind}.md`,
  content: `---\nid: s-${kind}\nkind: ${kind}\ntitle: عنوان\n${fields}---\n\n${content}\n\nNote:\n\nملاحظة المتحدث.\n`,
});

describe('compileDeck on the committed slides', () => {
  it('makes one section per slide file, in file order, with the slide’s id', () => {
    expect(sections.map((s) => s.id)).toEqual(files.map((f) => /\nid: (.+)\n/u.exec(f.content)?.[1]));
  });

  it('gives every section its notes in an aside, as plain paragraphs', () => {
    for (const section of sections) {
      const notes = section.querySelector('aside.notes');
      expect(notes?.querySelectorAll('p').length).toBeGreaterThan(0);
      expect(notes?.textContent?.trim()).not.toBe('');
    }
    expect(document.querySelector('#cause-1 aside.notes')?.textContent).toContain('1- المعاملة التفضيلية للمقاتلين الأجانب، إذ يتمثل');
  });

  it('reveals the bullets of a cause one by one, but not the agenda entries', () => {
    const cause = document.querySelector('#cause-1');
    expect(cause?.querySelectorAll('li').length).toBe(cause?.querySelectorAll('li.fragment').length);
    expect(cause?.querySelectorAll('li.fragment').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('#agenda li.fragment')).toHaveLength(0);
  });

  it('links the agenda to the slides it names', () => {
    const links = [...document.querySelectorAll('#agenda a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#/causes', '#/consequences', '#/outlooks', '#/conclusion']);
    for (const href of links) expect(document.getElementById(href?.slice(2) ?? '')).not.toBeNull();
  });

  it('lays the outlooks out as two columns, each with its label', () => {
    const views = [...document.querySelectorAll('#outlooks .views > .view')];
    expect(views.map((v) => v.querySelector('h3')?.textContent)).toEqual(['الاتجاه الأول', 'الاتجاه الثاني']);
    expect(views.every((v) => (v.querySelector('p')?.textContent ?? '').length > 20)).toBe(true);
  });

  it('shows the kicker on the title slide and takes the deck’s language, direction and title from it', () => {
    expect(document.querySelector('#title .kicker')?.textContent).toBe('اتجاه جديد');
    expect(deck.meta).toMatchObject({ lang: 'ar', dir: 'rtl', fullTitle: 'اتجاه جديد: أسباب وتداعيات ظاهرة هروب المقاتلين من “داعش”' });
  });

  it('draws the title and source slides on the dark background', () => {
    expect(document.querySelector('#title')?.getAttribute('data-background-color')).toMatch(/^#/u);
    expect(document.querySelector('#cause-1')?.hasAttribute('data-background-color')).toBe(false);
  });
});

describe('compileDeck with slide attributes', () => {
  it('passes the allowed data-* fields to the section', () => {
    const html = compileDeck([slide('cause', '## t', 'data-transition: fade\ntiming: 90\n')]).sectionsHtml;
    const section = parseHTML(html).document.querySelector('section');
    expect(section?.getAttribute('data-transition')).toBe('fade');
    expect(section?.getAttribute('data-timing')).toBe('90');
  });

  it('refuses a data-* field that could load outside content', () => {
    expect(() => compileDeck([slide('cause', '## t', 'data-background-iframe: https://example.org\n')])).toThrow(/not a slide attribute/u);
  });
});

describe('compileDeck with a broken slide file', () => {
  const failure = (content: string): SlideFileError => {
    try {
      compileDeck([{ path: 'slides/04-cause-1.md', content }]);
    } catch (error) {
      if (error instanceof SlideFileError) return error;
      throw error;
    }
    throw new Error('the file compiled');
  };

  it('names the file and the line of bad YAML', () => {
    const error = failure('---\nid: a\nkind: cause\ntitle: "unclosed\n---\n\n## x\n');
    expect(error.file).toBe('slides/04-cause-1.md');
    expect(error.line).toBeGreaterThanOrEqual(4);
    expect(error.message).toMatch(/YAML/u);
  });

  it('names the line of an unknown kind and lists the kinds', () => {
    const error = failure('---\nid: a\ntitle: t\nkind: chart\n---\n\n## x\n');
    expect(error.line).toBe(4);
    expect(error.message).toContain('unknown slide kind "chart"');
    expect(error.hint).toContain('cause');
  });

  it('asks for front matter when there is none', () => {
    expect(failure('## just markdown\n').line).toBe(1);
  });

  it('refuses two slides with one id', () => {
    const twice = [slide('cause', '## a'), { ...slide('cause', '## b'), path: 'slides/02-cause.md' }];
    expect(() => compileDeck(twice)).toThrow(/also used by slides\/01-cause\.md/u);
  });
});
