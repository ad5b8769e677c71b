import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.ts';

const body = 'تشهد المنطقة تحولات متسارعة في أسواق الطاقة، إذ أعلنت حكومات عديدة عن خطط طموحة لخفض الاعتماد على النفط.';

describe('the front of an article', () => {
  it('takes the title from under a news dateline, and the agency, date and author from the dateline', () => {
    const article = parseArticle(`بيروت في 14 نيسان/ أبريل/ وكالة الأنباء العربية/ تقرير: سمير حداد\nأزمة الكهرباء تتفاقم في لبنان\n\n${body}\n`);
    expect(article.front.title).toBe('أزمة الكهرباء تتفاقم في لبنان');
    expect(article.front.author).toBe('سمير حداد');
    expect(article.front.publisher).toBe('وكالة الأنباء العربية');
    expect(article.front.date).toContain('14 نيسان');
    expect(article.intro.map((p) => p.text)).toEqual([body]);
  });

  it('reads a publisher line and a print header above the title, and a byline and an English title under it', () => {
    const text = [
      'مركز المستقبل للأبحاث والدراسات المتقدمة',
      'نسخة للطباعة',
      'مستقبل الأمن المائي في حوض النيل',
      'The Future of Water Security in the Nile Basin',
      'بقلم: د. سامي يوسف',
      '12 مارس 2024',
      '',
      body,
    ].join('\n');
    const { front, intro } = parseArticle(text);
    expect(front).toMatchObject({ title: 'مستقبل الأمن المائي في حوض النيل', author: 'د. سامي يوسف', publisher: 'مركز المستقبل للأبحاث والدراسات المتقدمة', date: '12 مارس 2024' });
    expect(front.lines).toHaveLength(6);
    expect(intro).toHaveLength(1);
  });

  it('takes a category line above the title as its kicker, and what follows « .. » as the subtitle', () => {
    const { front } = parseArticle(`تقدير موقف\nالأمن الغذائي العربي .. تحديات متزايدة وفرص ضائعة\n\n${body}\n`);
    expect(front).toMatchObject({ kicker: 'تقدير موقف', title: 'الأمن الغذائي العربي', subtitle: 'تحديات متزايدة وفرص ضائعة' });
  });

  it('reads an English byline and a dash subtitle', () => {
    const { front } = parseArticle('Water Under Stress — What the Drought Taught Gulf Cities\nBy Jane Okafor and Tarek Aziz\n\nCities across the Gulf rationed water for the first time in decades.\n');
    expect(front).toMatchObject({ title: 'Water Under Stress', subtitle: 'What the Drought Taught Gulf Cities', author: 'Jane Okafor and Tarek Aziz' });
  });

  it('does not take a long first paragraph, a numbered item or a lead ending in a colon for the title', () => {
    for (const first of [body, `1- ${body}`, 'ولعل أبرز هذه المخاطر ما يلي:']) {
      const { front } = parseArticle(`${first}\n\n${body}\n`);
      expect(front.titleGuessed, first).toBe(true);
      expect(front.title).toBe('');
    }
  });

  it('takes a title that begins like an institution for the title when no title follows it', () => {
    const { front } = parseArticle(`مجلس التعاون الخليجي في مواجهة الأزمة\n\n${body}\n`);
    expect(front.title).toBe('مجلس التعاون الخليجي في مواجهة الأزمة');
    expect(front.publisher).toBeUndefined();
  });
});

describe('the back of an article', () => {
  it('reads a «المصدر:» line, footnotes under «الهوامش» and a copyright line as the back, not the body', () => {
    const text = ['عنوان المقال', '', body, 'الهوامش:', '[1] تقرير البنك الدولي، 2023.', '[2] المرجع السابق.', 'المصدر: مركز الدراسات الإقليمية', '© 2024 جميع الحقوق محفوظة'].join('\n');
    const article = parseArticle(text);
    expect(article.front.publisher).toBe('مركز الدراسات الإقليمية');
    expect(article.back.map((p) => p.text)).toHaveLength(5);
    expect(article.intro.map((p) => p.text)).toEqual([body]);
  });

  it('notices an article that stops mid-sentence, and reports it with its line', () => {
    const article = parseArticle(`عنوان المقال\n\n${body}\nوقد أدت هذه التطورات المتلاحقة إلى تراجع ثقة المستثمرين في قدرة الحكو\n`);
    expect(article.cut).toBe(true);
    expect(article.warnings).toContainEqual(expect.objectContaining({ code: 'article-cut', line: 4 }));
  });

  it('does not take a body line cut short for the source', () => {
    const article = parseArticle(`عنوان المقال\n\n${body}\nوفي المحصلة فإن المنطقة مقبلة على\n`);
    expect(article.front.publisher).toBeUndefined();
    expect(article.cut).toBe(true);
  });

  it('keeps navigation, share labels and captions in the article but marks them as asides', () => {
    const text = ['الرئيسية | تحليلات | تقارير | اتصل بنا', 'عنوان المقال', '', body, '(صورة أرشيفية: محطة كهرباء في بيروت)', 'شارك:', body.replace('تشهد', 'وتشهد')].join('\n');
    const article = parseArticle(text);
    expect(article.front.title).toBe('عنوان المقال');
    expect(article.intro.filter((p) => p.aside !== undefined).map((p) => p.aside)).toEqual(['caption', 'label']);
    expect(article.warnings).toContainEqual(expect.objectContaining({ code: 'lines-left-out' }));
  });
});
