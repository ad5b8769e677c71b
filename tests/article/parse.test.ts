import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.ts';
import { ArticleError } from '../../src/errors.ts';
import { firstArticle, fixtureArticle } from '../helpers.ts';

describe('parseArticle on the first article', () => {
  const article = parseArticle(firstArticle());

  it('reads the title once, splitting off its kicker, and the id line', () => {
    expect(article.front.kicker).toBe('اتجاه جديد');
    expect(article.front.title).toBe('أسباب وتداعيات ظاهرة هروب المقاتلين من “داعش”');
    expect(article.front.id).toBe('3485');
    expect(article.intro).toHaveLength(1);
    expect(article.intro[0]?.text.startsWith('أثار قرار تنظيم')).toBe(true);
  });

  it('finds both sections, the five numbered causes and the paragraphs of the second section', () => {
    expect(article.sections.map((s) => s.heading)).toEqual(['أسباب متعددة', 'تداعيات مختلفة']);
    const [causes, consequences] = article.sections;
    expect(causes?.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    expect(causes?.items[0]?.text.startsWith('المعاملة التفضيلية للمقاتلين الأجانب،')).toBe(true);
    expect(causes?.paragraphs).toHaveLength(1);
    expect(consequences?.items).toHaveLength(0);
    expect(consequences?.paragraphs.map((p) => p.line)).toEqual([25, 27]);
  });

  it('takes the «خلاصة القول» paragraph as the conclusion and the last line as the source', () => {
    expect(article.conclusion.map((p) => p.line)).toEqual([29]);
    expect(article.front.publisher).toBe('المركز الاقليمي للبحوث والدراسات الاستراتيجية');
  });

  it('records Arabic, right to left, in the Western digits it writes («100», «3485»)', () => {
    expect(article.numerals).toBe('latn');
    expect(parseArticle('عنوان\n\nارتفعت الأسعار بنسبة ٣٠٪ خلال عام ٢٠٢٤ وفق التقديرات الرسمية.\n').numerals).toBe('arab');
    expect(article.language).toBe('ar');
    expect(article.direction).toBe('rtl');
  });
});

describe('parseArticle reads the text as written', () => {
  const plain = 'العنوان\n\nمقدمة المقال وفيها ما يكفي من الكلمات لتكون فقرة كاملة.\n\nأسباب:\n1- السبب الأول، وهو شرح طويل بما يكفي.\n2- السبب الثاني، وهو شرح آخر.\n';

  it('reads CRLF endings, a BOM and NBSP padding like plain LF text', () => {
    const messy = `\uFEFF${plain.replace(/\n/g, '\r\n').replace('أسباب:', '\u00A0أسباب:\u00A0')}`;
    const a = parseArticle(messy);
    const b = parseArticle(plain);
    expect(a.front.title).toBe(b.front.title);
    expect(a.sections.map((s) => s.heading)).toEqual(['أسباب']);
    expect(a.sections[0]?.items.map((i) => i.text)).toEqual(b.sections[0]?.items.map((i) => i.text));
  });

  it('keeps tatweel, diacritics and curly quotes exactly', () => {
    const line = 'إنّ «الـــتنظيم» لم يَعُد “قادراً” على الاحتفاظ بمقاتليه كما كان في السابق.';
    const article = parseArticle(`عنوان\n\n${line}\n`);
    expect(article.intro[0]?.text).toBe(line);
  });

  it('treats a single newline as a paragraph break, like a blank line', () => {
    const article = parseArticle('عنوان\n\nالفقرة الأولى من المقال وهي طويلة بما يكفي.\nالفقرة الثانية من المقال وهي طويلة أيضاً.\n');
    expect(article.intro.map((p) => p.line)).toEqual([3, 4]);
  });

  it('keeps one copy of a title repeated on the first lines, and reads a bare number as the id', () => {
    const article = parseArticle('عنوان المقال\nعنوان المقال\n\n٤٢\n\nنص المقال الأول وهو طويل بما يكفي ليكون فقرة.\n');
    expect(article.front.title).toBe('عنوان المقال');
    expect(article.front.id).toBe('٤٢');
    expect(article.intro.map((p) => p.text)).toEqual(['نص المقال الأول وهو طويل بما يكفي ليكون فقرة.']);
  });

  it('throws an ArticleError for text with no line in it', () => {
    expect(() => parseArticle(' \n\u00A0\n')).toThrow(ArticleError);
  });
});

describe('numbered items', () => {
  it.each([
    ['1- ', 1],
    ['2. ', 2],
    ['3) ', 3],
    ['١- ', 1],
    ['٢. ', 2],
    ['أولاً: ', 1],
    ['ثانياً: ', 2],
    ['أولا- ', 1],
    ['ثالثًا - ', 3],
  ])('reads «%s» as item %i', (marker, number) => {
    const article = parseArticle(`عنوان\n\nعوامل:\n${marker}ضعف الشبكات، إذ لا تستوعب الطاقة المتقطعة.\n`);
    const item = article.sections[0]?.items[0];
    expect(item?.number).toBe(number);
    expect(item?.text).toBe('ضعف الشبكات، إذ لا تستوعب الطاقة المتقطعة.');
  });

  it('does not read a decimal number as an item marker', () => {
    const article = parseArticle('عنوان\n\n1.5 مليون لاجئ عبروا الحدود خلال العام الماضي وفق التقديرات.\n');
    expect(article.intro).toHaveLength(1);
    expect(article.sections).toHaveLength(0);
  });

  it('reads ordinal words and Arabic-Indic digits in one article', () => {
    const article = parseArticle(fixtureArticle('ordinals'));
    expect(article.sections.map((s) => s.heading)).toEqual(['دوافع التحول', 'عقبات قائمة']);
    expect(article.sections.map((s) => s.items.map((i) => i.number))).toEqual([[1, 2, 3], [1, 2]]);
    expect(article.conclusion[0]?.text.startsWith('وفي المحصلة')).toBe(true);
    expect(article.front.id).toBe('1207');
  });
});

describe('headings', () => {
  it('reads a short line without a colon as a heading when a paragraph follows it', () => {
    const article = parseArticle(fixtureArticle('bare-headings'));
    expect(article.sections.map((s) => s.heading)).toEqual(['ارتفاع الأسعار', 'سياسات المواجهة']);
    expect(article.sections.every((s) => s.paragraphs.length === 1)).toBe(true);
    expect(article.front.publisher).toBeUndefined();
  });

  it('does not take a short closing sentence for a heading', () => {
    const article = parseArticle('عنوان\n\nفقرة أولى طويلة بما يكفي لتكون مقدمة المقال كله.\nوهذا كل شيء.\n');
    expect(article.sections).toHaveLength(0);
  });
});

describe('conclusion openers', () => {
  it.each(['خلاصة القول، ', 'ختاماً، ', 'في الختام، ', 'وفي المحصلة، '])('«%s» opens the conclusion', (opener) => {
    const text = `عنوان\n\nمقدمة المقال طويلة بما يكفي.\n\nمحور:\nفقرة المحور الأولى وهي طويلة بما يكفي.\n${opener}يبقى المستقبل مفتوحاً على احتمالات عديدة.\n`;
    const article = parseArticle(text);
    expect(article.conclusion.map((p) => p.text)).toEqual([`${opener}يبقى المستقبل مفتوحاً على احتمالات عديدة.`]);
    expect(article.sections[0]?.paragraphs).toHaveLength(1);
  });
});

describe('articles of other shapes', () => {
  it('keeps every paragraph of an article with no headings in the intro', () => {
    const article = parseArticle(fixtureArticle('headless'));
    expect(article.sections).toHaveLength(0);
    expect(article.intro).toHaveLength(4);
    expect(article.conclusion[0]?.text.startsWith('ختاماً')).toBe(true);
  });

  it('reads an English article as English, left to right', () => {
    const article = parseArticle(fixtureArticle('english'));
    expect(article.language).toBe('en');
    expect(article.direction).toBe('ltr');
    expect(article.front.kicker).toBe('Analysis');
    expect(article.sections.map((s) => s.heading)).toEqual(['Main drivers', 'Risks ahead']);
    expect(article.sections[0]?.items.map((i) => i.number)).toEqual([1, 2, 3]);
    expect(article.conclusion[0]?.text.startsWith('In conclusion')).toBe(true);
    expect(article.front.publisher).toBe('Gulf Maritime Studies Institute');
  });
});
