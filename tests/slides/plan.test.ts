import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.ts';
import type { Slide } from '../../src/slides/model.ts';
import { planSlides } from '../../src/slides/plan.ts';
import { fragmentReason } from '../corpus/fragments.ts';
import { firstArticle, fixtureArticle, wordCount } from '../helpers.ts';

const plan = (text: string) => planSlides(parseArticle(text));
const ofKind = <K extends Slide['kind']>(slides: Slide[], kind: K): (Slide & { kind: K })[] =>
  slides.filter((s): s is Slide & { kind: K } => s.kind === kind);

describe('the deck planned from the first article', () => {
  const { slides } = plan(firstArticle());

  it('runs title, agenda, context, a causes divider, five causes, consequences, outlooks, conclusion, source', () => {
    expect(slides.map((s) => s.kind)).toEqual([
      'title', 'agenda', 'context', 'divider', 'cause', 'cause', 'cause', 'cause', 'cause', 'consequences', 'outlooks', 'conclusion', 'source',
    ]);
  });

  it('opens with the kicker and the title, and closes on the publisher the text names, not the title', () => {
    expect(slides[0]).toMatchObject({ kind: 'title', kicker: 'اتجاه جديد', title: 'أسباب وتداعيات ظاهرة هروب المقاتلين من “داعش”' });
    expect(slides.at(-1)).toMatchObject({ kind: 'source', publisher: 'المركز الاقليمي للبحوث والدراسات الاستراتيجية', articleId: '3485' });
    expect(JSON.stringify(slides.at(-1))).not.toContain('أسباب وتداعيات');
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

  it('puts the causes section’s intro on its divider, with the causes listed, and in no cause’s notes', () => {
    const [divider] = ofKind(slides, 'divider');
    expect(divider).toMatchObject({ title: 'أسباب متعددة', group: 'cause' });
    expect(divider?.notes.some((n) => n.startsWith('تتعدد الأسباب'))).toBe(true);
    expect(divider?.points).toHaveLength(5);
    for (const cause of ofKind(slides, 'cause')) expect(cause.notes.some((n) => n.startsWith('تتعدد الأسباب'))).toBe(false);
  });

  it('gives each cause bullets that stand alone, each a clause of its paragraph, of at most 18 words', () => {
    for (const cause of ofKind(slides, 'cause')) {
      expect(cause.bullets.length).toBeGreaterThanOrEqual(1);
      expect(cause.bullets.length).toBeLessThanOrEqual(4);
      for (const { text } of cause.bullets) {
        expect(wordCount(text)).toBeLessThanOrEqual(18);
        expect(fragmentReason(text), text).toBeUndefined();
      }
    }
  });

  it('restores the nominative where it removes «كما أن»', () => {
    const bullets = ofKind(slides, 'cause')[0]?.bullets.map((b) => b.text);
    expect(bullets).toContain('المقاتلون الأجانب يعيشون في ظروف حياتية أفضل');
  });

  it('keeps a result with the clause it follows («مما أفقده …»)', () => {
    const leaders = ofKind(slides, 'cause')[4];
    expect(leaders?.bullets.some((b) => b.text.includes('مما أفقده الكثير من ثقله الرمزي'))).toBe(true);
  });

  it('lists the parts of the argument in the agenda: the causes, the consequences, the outlooks, the conclusion', () => {
    const [agenda] = ofKind(slides, 'agenda');
    expect(agenda?.entries.map((e) => e.label)).toEqual(['أسباب متعددة', 'تداعيات مختلفة', 'رؤيتان متباينتان', 'الخلاصة']);
    expect(agenda?.entries.map((e) => e.target)).toEqual(['causes', 'consequences', 'outlooks', 'conclusion']);
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
    expect(ofKind(slides, 'conclusion')[0]?.lead).toBe('ظاهرة هروب المقاتلين من “داعش” ما زالت في بدايتها');
  });

  it('gives every slide a unique id and notes', () => {
    expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length);
    expect(slides.every((s) => s.notes.length > 0 && s.notes.every((n) => n.trim() !== ''))).toBe(true);
  });
});

describe('decks planned from other shapes', () => {
  it('puts short points on one slide as bullets, each its head in bold and its first clause', () => {
    const { slides, warnings } = plan(fixtureArticle('ordinals'));
    const [drivers] = ofKind(slides, 'cause');
    expect(drivers?.title).toBe('دوافع التحول');
    expect(drivers?.bullets.map((b) => b.lead)).toEqual(['تراجع تكلفة الألواح الشمسية', 'الضغوط المناخية الدولية', 'الحاجة إلى تنويع الاقتصاد']);
    expect(drivers?.bullets[0]?.text.startsWith('انخفضت أسعارها')).toBe(true);
    expect(warnings.filter((w) => w.code === 'items-grouped')).toHaveLength(2);
  });

  it('splits more than five short points over slides of the same title', () => {
    const items = Array.from({ length: 7 }, (_, i) => `${i + 1}- توصية قصيرة رقم ${i + 1} تخص الإصلاح الإداري.`);
    const { slides } = plan(`عنوان الورقة\n\nمقدمة الورقة طويلة بما يكفي لتكون فقرة كاملة من النص.\n\nالتوصيات:\n${items.join('\n')}\n`);
    const recommendations = ofKind(slides, 'recommendation');
    expect(recommendations.map((s) => s.bullets.length)).toEqual([4, 3]);
    expect(recommendations.map((s) => s.title)).toEqual(['التوصيات', 'التوصيات']);
  });

  it('leaves the source slide out, and says so, when the text names no author or publisher', () => {
    const { slides, warnings } = plan(fixtureArticle('bare-headings'));
    expect(slides.some((s) => s.kind === 'source')).toBe(false);
    expect(warnings.map((w) => w.code)).toContain('source-missing');
  });

  it('makes a title from the text when it has none, and says so', () => {
    const { slides, warnings } = plan('تشهد المنطقة تحولات متسارعة في أسواق الطاقة، إذ أعلنت حكومات عديدة عن خطط طموحة لخفض الاعتماد على النفط والغاز.\n');
    expect(slides[0]?.title).toBe('تشهد المنطقة تحولات متسارعة في أسواق الطاقة');
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'title-guessed', line: 1 }));
  });

  it('gives an article without headings a slide per two paragraphs, headed by its opening phrase', () => {
    const { slides } = plan(fixtureArticle('headless'));
    expect(slides.map((s) => s.kind)).toEqual(['title', 'agenda', 'context', 'section', 'section', 'conclusion']);
    expect(ofKind(slides, 'section')[1]?.title).toBe('حافظت الأحزاب الكبرى على حضورها في الأرياف');
  });

  it('labels an English deck in English, with capitalised bullets', () => {
    const { slides } = plan(fixtureArticle('english'));
    expect(slides.map((s) => s.title)).toContain('Outline');
    for (const slide of slides) if ('bullets' in slide) for (const b of slide.bullets) expect(b.text, b.text).toMatch(/^\p{Lu}/u);
  });

  it('leaves out an agenda that would list one part, and keeps one that lists several', () => {
    const single = plan(fixtureArticle('hebrew')).slides;
    expect(single.filter((s) => s.kind === 'agenda')).toEqual([]);
    const several = plan(fixtureArticle('english')).slides.find((s) => s.kind === 'agenda');
    expect(several !== undefined && 'entries' in several ? several.entries.length : 0).toBeGreaterThanOrEqual(2);
  });

  it('labels a Hebrew deck in Hebrew, not in English', () => {
    const { slides } = plan(fixtureArticle('hebrew'));
    const titles = slides.map((s) => s.title);
    expect(titles).toContain('רקע');
    expect(titles).not.toEqual(expect.arrayContaining(['Outline']));
    expect(titles.filter((t) => /[A-Za-z]/u.test(t))).toEqual([]);
  });
});
