import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.ts';

const long = 'وهو عامل يتقاطع مع عوامل أخرى كثيرة في المشهد الإقليمي المعقد خلال السنوات الأخيرة.';

describe('sections and items, two levels deep', () => {
  it('makes ordinal headings with a lead on their line into sections holding their «١-» items', () => {
    const text = [
      'عنوان',
      '',
      'دوافع التصعيد:',
      'أولاً: العوامل السياسية: تتقاطع في هذا المستوى عدة عوامل.',
      `١- انسداد الأفق السياسي، ${long}`,
      `٢- تراجع الوساطات الإقليمية، ${long}`,
      'ثانياً: العوامل الاقتصادية',
      `١- ارتفاع البطالة، ${long}`,
      `٢- انهيار العملة، ${long}`,
    ].join('\n');
    const { sections } = parseArticle(text);
    expect(sections.map((s) => s.heading)).toEqual(['دوافع التصعيد', 'العوامل السياسية', 'العوامل الاقتصادية']);
    expect(sections[1]).toMatchObject({ lead: 'تتقاطع في هذا المستوى عدة عوامل.' });
    expect(sections.map((s) => s.items.length)).toEqual([0, 2, 2]);
    expect(sections[1]?.cue).toContain('دوافع التصعيد');
  });

  it('keeps second-level bullets under a long item as its points', () => {
    const { sections } = parseArticle(`عنوان\n\nالتوصيات:\n1- تعزيز الرقابة على الأسواق، ${long}\n• إنشاء هيئة مستقلة\n• نشر الأسعار يومياً\n2- دعم الإنتاج المحلي، ${long}\n`);
    expect(sections[0]?.items.map((i) => i.children.length)).toEqual([2, 0]);
  });

  it('reads Roman-numeral headings as sections and "First, … Finally, …" paragraphs as items', () => {
    const text = 'Title\n\nI. Introduction\nThe corridor was meant to open in 2024 and it did not.\nII. Why the Corridor Stalled\nFirst, financing never arrived.\nSecond, the border posts were never staffed.\nFinally, the partners disagreed on tariffs.\n';
    const { sections } = parseArticle(text);
    expect(sections.map((s) => s.heading)).toEqual(['Introduction', 'Why the Corridor Stalled']);
    expect(sections[1]?.items.map((i) => i.text)).toEqual(['financing never arrived.', 'the border posts were never staffed.', 'the partners disagreed on tariffs.']);
  });

  it('reads «السيناريو الأول:» lines as items naming what they are', () => {
    const text = `عنوان\n\nالمسارات المحتملة:\nالسيناريو الأول: استمرار الوضع الراهن\n${long}\nالسيناريو الثاني: الانفراج التدريجي\n${long}\n`;
    const [section] = parseArticle(text).sections;
    expect(section?.items.map((i) => [i.number, i.noun, i.text])).toEqual([
      [1, 'السيناريو', 'استمرار الوضع الراهن'],
      [2, 'السيناريو', 'الانفراج التدريجي'],
    ]);
    expect(section?.items[0]?.paragraphs).toHaveLength(2);
  });

  it('starts a section at a lead sentence ending in a colon that items follow', () => {
    const text = `عنوان\n\nمقدمة المقال طويلة بما يكفي لتكون فقرة كاملة من النص.\nويمكن إجمال أبرز هذه التحديات فيما يلي:\n1- الأول، ${long}\n2- الثاني، ${long}\nأما أهم أسباب هذا التعثر فتتمثل في الآتي:\n1- الأول، ${long}\n`;
    const { intro, sections } = parseArticle(text);
    expect(intro).toHaveLength(1);
    expect(sections.map((s) => [s.heading, s.items.length])).toEqual([['', 2], ['', 1]]);
    expect(sections[1]?.announcement).toBe('أما أهم أسباب هذا التعثر فتتمثل في الآتي:');
  });

  it('reads a short question line followed by a paragraph as a heading', () => {
    const { sections } = parseArticle(`عنوان\n\nما الذي تغير؟\n${long} ${long}\n`);
    expect(sections.map((s) => s.heading)).toEqual(['ما الذي تغير؟']);
  });
});
