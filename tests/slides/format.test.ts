import { Marked } from 'marked';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.ts';
import { formatSlides } from '../../src/slides/format.ts';
import { markdownText } from '../../src/slides/markdown.ts';
import type { Slide } from '../../src/slides/model.ts';
import { planSlides } from '../../src/slides/plan.ts';
import { editState } from '../../src/slides/stamp.ts';
import { firstArticle } from '../helpers.ts';

const article = parseArticle(firstArticle());
const { slides } = planSlides(article);
const files = formatSlides(slides, article);

/** Front matter, body and notes of a slide file, read the way a person reads the file. */
function readBack(content: string): { fields: Record<string, string>; body: string; notes: string[] } {
  const [, yaml = '', rest = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(content) ?? [];
  const [body = '', notes = ''] = rest.split(/^Note:$/mu);
  return { fields: parseYaml(yaml) as Record<string, string>, body, notes: notes.trim().split(/\n\n/u) };
}

describe('formatSlides', () => {
  it('names the files NN-id.md in deck order', () => {
    expect(files.map((f) => f.name)).toEqual(slides.map((s, i) => `${String(i + 1).padStart(2, '0')}-${s.id}.md`));
    expect([...files.map((f) => f.name)].sort()).toEqual(files.map((f) => f.name));
  });

  it('writes id, kind and title in the front matter, and the title as the slide’s heading', () => {
    files.forEach((file, index) => {
      const slide = slides[index] as Slide;
      const { fields, body } = readBack(file.content);
      expect(fields).toMatchObject({ id: slide.id, kind: slide.kind, title: slide.title });
      expect(body).toMatch(new RegExp(`^#{1,2} ${slide.title.replace(/[“”]/g, '.')}$`, 'mu'));
    });
  });

  it('records the deck’s language and direction on the title slide', () => {
    expect(readBack(files[0]?.content ?? '').fields).toMatchObject({ lang: 'ar', dir: 'rtl', kicker: 'اتجاه جديد' });
  });

  it('puts the notes after «Note:», word for word', () => {
    files.forEach((file, index) => expect(readBack(file.content).notes).toEqual(slides[index]?.notes));
  });

  it('writes the agenda as links to the slides’ deep links', () => {
    const agenda = files.find((f) => f.name.endsWith('-agenda.md'))?.content ?? '';
    expect(agenda).toContain('1. [أسباب متعددة](#/causes)');
    expect(agenda).toContain('](#/conclusion)');
  });

  it('writes a bullet’s lead phrase in bold before its text, both escaped', () => {
    const slide: Slide = { kind: 'recommendation', id: 'recommendations', title: 'التوصيات', bullets: [{ lead: 'الرقابة *الفعالة*', text: 'إنشاء هيئة <مستقلة>' }], notes: ['n'] };
    const [file] = formatSlides([slide], article);
    const html = new Marked().parse(readBack(file?.content ?? '').body, { async: false });
    expect(html).toContain('<li><strong>الرقابة *الفعالة*</strong>: إنشاء هيئة &lt;مستقلة&gt;</li>');
  });

  it('writes the cover’s subtitle and byline, and a divider’s group and points', () => {
    const cover: Slide = { kind: 'title', id: 'title', title: 'العنوان', subtitle: 'العنوان الفرعي', author: 'د. سامي يوسف', publisher: 'مركز الدراسات', date: '3 مارس 2024', notes: ['n'] };
    const divider: Slide = { kind: 'divider', id: 'causes', title: 'الأسباب', group: 'cause', lead: 'تتعدد الأسباب', points: ['الأول', 'الثاني'], notes: ['n'] };
    const [title, part] = formatSlides([cover, divider], article).map((f) => readBack(f.content));
    expect(title?.fields).toMatchObject({ subtitle: 'العنوان الفرعي', author: 'د. سامي يوسف', publisher: 'مركز الدراسات', date: '3 مارس 2024' });
    expect(title?.body).toContain('د. سامي يوسف · مركز الدراسات');
    expect(title?.body).not.toContain('3 مارس 2024'); // the date is the cover's own line, from its field
    expect(part?.fields).toMatchObject({ kind: 'divider', group: 'cause' });
    expect(part?.body).toContain('1. الأول\n2. الثاني');
  });

  it('gives the same bytes for the same article', () => {
    const again = formatSlides(planSlides(parseArticle(firstArticle())).slides, article);
    expect(again).toEqual(files);
  });

  it('pads the number to the width of the slide count', () => {
    const many = Array.from({ length: 120 }, (_, i): Slide => ({ kind: 'section', id: `s-${i}`, title: 't', bullets: [], notes: ['n'] }));
    expect(formatSlides(many, article).map((f) => f.name).slice(0, 2)).toEqual(['001-s-0.md', '002-s-1.md']);
  });
});

describe('markdownText', () => {
  const render = (md: string): string => new Marked().parseInline(md, { async: false });
  const textOf = (html: string): string =>
    html.replace(/<[^>]+>/gu, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[انقر هنا](javascript:alert(1))',
    '**عريض** و_مائل_ و`رمز`',
    '# ليس عنواناً',
    '1. ليس قائمة',
    'a & b &amp; c',
  ])('shows «%s» as the text it is, not as markup', (text) => {
    const html = render(markdownText(text));
    expect(html).not.toMatch(/<(script|img|a|strong|em|code|h1|ol)\b/u);
    expect(textOf(html)).toBe(text);
  });
});

describe('the generator’s stamp', () => {
  const file = files[3]?.content ?? '';

  it('recognises an untouched generated file', () => {
    expect(editState(file)).toBe('generated');
  });

  it('notices a single changed letter', () => {
    expect(editState(file.replace('التفضيلية', 'التفضيليه'))).toBe('edited');
  });

  it('treats a file without a stamp as written by hand', () => {
    expect(editState('---\nid: x\nkind: cause\ntitle: t\n---\n\n## t\n')).toBe('unstamped');
  });
});
