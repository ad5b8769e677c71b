import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.ts';
import type { Slide } from '../../src/slides/model.ts';
import { planSlides } from '../../src/slides/plan.ts';
import { firstArticle, fixtureArticle, wordCount } from '../helpers.ts';
import { DANGLING_ENDINGS, leadingConnector } from './connectors.ts';

const plan = (text: string): Slide[] => planSlides(parseArticle(text)).slides;
const ofKind = <K extends Slide['kind']>(slides: Slide[], kind: K): (Slide & { kind: K })[] =>
  slides.filter((s): s is Slide & { kind: K } => s.kind === kind);

/** The article's paragraphs, found without the parser: every line long enough to be prose. */
function proseLines(text: string): string[] {
  return text.split(/\r?\n/u).map((l) => l.trim()).filter((l) => wordCount(l) >= 6);
}

describe('the deck planned from the first article', () => {
  const slides = plan(firstArticle());

  it('runs title, agenda, context, five causes, consequences, outlooks, conclusion, source', () => {
    expect(slides.map((s) => s.kind)).toEqual([
      'title', 'agenda', 'context', 'cause', 'cause', 'cause', 'cause', 'cause', 'consequences', 'outlooks', 'conclusion', 'source',
    ]);
  });

  it('opens with the kicker, the title and the source', () => {
    expect(slides[0]).toMatchObject({
      kind: 'title',
      kicker: 'اتجاه جديد',
      title: 'أسباب وتداعيات ظاهرة هروب المقاتلين من “داعش”',
      source: 'المركز الاقليمي للبحوث والدراسات الاستراتيجية',
    });
  });

  it('heads each cause with the cause’s own opening phrase', () => {
    expect(ofKind(slides, 'cause').map((s) => s.title)).toEqual([
      'المعاملة التفضيلية للمقاتلين الأجانب',
      'الأزمة المالية التي يُعانيها التنظيم',
      'صدمة الواقع',
      'قسوة التنظيم في التعامل مع مقاتليه',
      'أزمة القيادات',
    ]);
  });

  it('gives each cause one to four bullets: whole clauses of its paragraph, without connectors, of at most 18 words', () => {
    for (const cause of ofKind(slides, 'cause')) {
      const paragraph = cause.notes.at(-1) ?? '';
      expect(wordCount(cause.title)).toBeLessThanOrEqual(8);
      expect(cause.bullets.length).toBeGreaterThanOrEqual(1);
      expect(cause.bullets.length).toBeLessThanOrEqual(4);
      for (const bullet of cause.bullets) {
        expect(wordCount(bullet)).toBeLessThanOrEqual(18);
        expect(leadingConnector(bullet), bullet).toBeUndefined();
        expect(DANGLING_ENDINGS, bullet).not.toContain(bullet.split(/\s+/u).at(-1));
        for (const piece of bullet.split('، ')) expect(paragraph, piece).toContain(piece);
      }
    }
  });

  it('links the agenda to every cause, the consequences, the outlooks and the conclusion', () => {
    const [agenda] = ofKind(slides, 'agenda');
    const targets = slides.filter((s) => ['cause', 'consequences', 'outlooks', 'conclusion'].includes(s.kind)).map((s) => s.id);
    expect(agenda?.entries.map((e) => e.target)).toEqual(targets);
    expect(agenda?.entries[0]?.label).toBe('المعاملة التفضيلية للمقاتلين الأجانب');
  });

  it('sets the two outlooks side by side, split where «في حين» begins the second', () => {
    const [outlooks] = ofKind(slides, 'outlooks');
    const paragraph = outlooks?.notes[0] ?? '';
    const split = paragraph.indexOf('في حين');
    const [first, second] = outlooks?.views ?? [];
    expect(first?.label).toBe('الاتجاه الأول');
    expect(second?.label).toBe('الاتجاه الثاني');
    expect(paragraph.indexOf(first?.claim ?? '!')).toBeGreaterThan(-1);
    expect(paragraph.indexOf(first?.claim ?? '!')).toBeLessThan(split);
    expect(paragraph.indexOf(second?.claim ?? '!')).toBeGreaterThan(split);
  });

  it('closes on the conclusion’s main point', () => {
    const [conclusion] = ofKind(slides, 'conclusion');
    expect(conclusion?.lead).toBe('ظاهرة هروب المقاتلين من “داعش” ما زالت في بدايتها');
  });

  it('puts every paragraph of the article, word for word, in some slide’s notes', () => {
    const notes = slides.flatMap((s) => s.notes);
    for (const line of proseLines(firstArticle())) expect(notes, line.slice(0, 40)).toContain(line);
    expect(slides.every((s) => s.notes.length > 0 && s.notes.every((n) => n.trim() !== ''))).toBe(true);
  });

  it('gives every slide a unique id', () => {
    expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length);
  });
});

describe('decks planned from other articles', () => {
  it.each(['ordinals', 'headless', 'english', 'bare-headings'])('«%s» keeps every paragraph in the notes', (name) => {
    const text = fixtureArticle(name);
    const notes = plan(text).flatMap((s) => s.notes);
    for (const line of proseLines(text)) expect(notes, line.slice(0, 40)).toContain(line);
  });

  it('makes cause slides of a causes section and point slides of any other numbered section', () => {
    const slides = plan(fixtureArticle('ordinals'));
    expect(ofKind(slides, 'cause').map((s) => s.title)).toEqual(['تراجع تكلفة الألواح الشمسية', 'الضغوط المناخية الدولية', 'الحاجة إلى تنويع الاقتصاد']);
    expect(ofKind(slides, 'point').map((s) => s.title)).toEqual(['ضعف شبكات النقل الكهربائي', 'نقص التمويل طويل الأجل']);
  });

  it('gives an article without headings a slide per group of paragraphs', () => {
    const slides = plan(fixtureArticle('headless'));
    expect(slides.map((s) => s.kind)).toEqual(['title', 'agenda', 'context', 'section', 'section', 'conclusion', 'source']);
    expect(ofKind(slides, 'section').map((s) => s.notes.length)).toEqual([2, 1]);
    expect(ofKind(slides, 'section')[1]?.title).toBe('حافظت الأحزاب الكبرى على حضورها في الأرياف');
  });

  it('labels an English deck in English', () => {
    const slides = plan(fixtureArticle('english'));
    expect(slides.map((s) => s.title)).toContain('Outline');
    expect(ofKind(slides, 'cause').map((s) => s.title)).toEqual(['Labour shortages', 'Competition for transshipment traffic', 'Pressure from insurers']);
    expect(ofKind(slides, 'conclusion')[0]?.lead.startsWith('automation is no longer optional')).toBe(true);
  });
});
