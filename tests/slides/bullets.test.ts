import { describe, expect, it } from 'vitest';
import { bulletsFrom } from '../../src/slides/bullets.ts';
import { vocabularyFor } from '../../src/slides/vocabulary.ts';
import { fragmentReason } from '../corpus/fragments.ts';
import { wordCount } from '../helpers.ts';

const arabic = vocabularyFor('ar');
const options = { max: 4, maxWords: 18 } as const;
const texts = (paragraph: string, max = 4): string[] => bulletsFrom([paragraph], arabic, { ...options, max }).map((b) => b.text);

describe('bulletsFrom', () => {
  const paragraph =
    'إذ يتمثل التحدي في توحيد صفوف المقاتلين القادمين من مختلف الدول، وهو ما لم ينجح فيه التنظيم إلى حد كبير، فقد تصاعدت الخلافات بين المقاتلين الأجانب والمحليين، والتي وصلت إلى حد تبادل إطلاق النيران، كما أن المقاتلين الأجانب يعيشون في ظروف حياتية أفضل.';

  it('gives clauses that stand alone: connectors removed, relatives joined to their clause when both fit, the nominative restored', () => {
    expect(texts(paragraph)).toEqual([
      'يتمثل التحدي في توحيد صفوف المقاتلين القادمين من مختلف الدول',
      'تصاعدت الخلافات بين المقاتلين الأجانب والمحليين، والتي وصلت إلى حد تبادل إطلاق النيران',
      'المقاتلون الأجانب يعيشون في ظروف حياتية أفضل',
    ]);
  });

  it('never opens a bullet on a preposition, a relative, «أنّ», «بل» or a pronoun that points back', () => {
    const text =
      'ارتفعت أسعار القمح بنسبة 40% خلال عام واحد، على حساب الأسر الفقيرة، والتي تنفق نصف دخلها على الغذاء، بل إن الحكومة لم تتدخل، وهو ما دفعها إلى الاقتراض، ولم ينجح فيه أحد.';
    for (const bullet of texts(text)) expect(fragmentReason(bullet), bullet).toBeUndefined();
  });

  it('keeps the point after a concession and leaves the concession and a caveat out', () => {
    const text = 'رغم الوعود الحكومية المتكررة بالإصلاح، إلا أن معدلات البطالة ارتفعت إلى 25% بين الشباب. على أن ذلك يختلف من محافظة إلى أخرى بحسب طبيعة الاقتصاد المحلي.';
    expect(texts(text, 1)).toEqual(['معدلات البطالة ارتفعت إلى 25% بين الشباب']);
  });

  it('chooses clauses by what they say, numbers and results first, not by length', () => {
    const text =
      'تعددت المواقف الدولية من الأزمة وتباينت القراءات حولها بين العواصم الكبرى والمنظمات الإقليمية. وتراجعت الصادرات بنسبة 30% خلال الربع الأول. وبقيت المشاورات مفتوحة بين الأطراف المعنية كافة في انتظار جولة جديدة من المفاوضات.';
    expect(texts(text, 1)).toEqual(['تراجعت الصادرات بنسبة 30% خلال الربع الأول']);
  });

  it('moves a short leading phrase behind its clause, so the bullet opens on its subject or verb', () => {
    const [bullet] = bulletsFrom(['في عام 2020، ارتفعت أسعار الوقود بنسبة كبيرة في معظم المدن.'], arabic, options);
    expect(bullet).toMatchObject({ text: 'ارتفعت أسعار الوقود بنسبة كبيرة في معظم المدن في عام 2020', rebuilt: true });
  });

  it('keeps every bullet within the word limit', () => {
    for (const bullet of texts(paragraph)) expect(wordCount(bullet)).toBeLessThanOrEqual(18);
  });

  it('leaves out an aside so that a clause keeps the object that completes it', () => {
    const text = 'أثار قرار التنظيم إعدام مئة من مقاتليه الأجانب بتهمة الخروج عليه، ومحاولة الهروب من مدينة الرقة شمال سوريا، تساؤلات عديدة حول أسباب الهروب.';
    expect(texts(text)).toEqual(['أثار قرار التنظيم إعدام مئة من مقاتليه الأجانب بتهمة الخروج عليه، تساؤلات عديدة حول أسباب الهروب']);
  });

  it('leaves out who said it when an attribution stands between commas, keeping what was said', () => {
    const english = vocabularyFor('en');
    const said = 'Without a single customs regime, the freight forwarders we interviewed said, the corridor offers no real advantage over trucks or ships.';
    expect(bulletsFrom([said], english, { max: 2, maxWords: 22 }).map((b) => b.text)).toEqual([
      'The corridor offers no real advantage over trucks or ships without a single customs regime',
    ]);
  });
});
