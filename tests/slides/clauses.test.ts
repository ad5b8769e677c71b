import { describe, expect, it } from 'vitest';
import { bulletsFrom, shorten, stripLeading } from '../../src/slides/clauses.ts';
import { headlineOf } from '../../src/slides/headline.ts';
import { vocabularyFor } from '../../src/slides/vocabulary.ts';
import { wordCount } from '../helpers.ts';
import { DANGLING_ENDINGS, leadingConnector } from './connectors.ts';

const arabic = vocabularyFor('ar');
const options = { max: 4, maxWords: 18, pick: 'richest' } as const;

describe('stripLeading', () => {
  it.each([
    ['إذ يتمثل التحدي الأكبر', 'يتمثل التحدي الأكبر'],
    ['حيث شهدت الآونة الأخيرة', 'شهدت الآونة الأخيرة'],
    ['فقد تصاعدت الخلافات', 'تصاعدت الخلافات'],
    ['كما أن المقاتلين يعيشون', 'المقاتلين يعيشون'],
    ['وهو ما أثار الشك', 'أثار الشك'],
    ['بالإضافة إلى خسارة التنظيم', 'خسارة التنظيم'],
    ['فضلاً عن جذب أعضاء جدد', 'جذب أعضاء جدد'],
    ['خاصةً أن العديد منهم', 'العديد منهم'],
    ['لا سيما من حيث الرواتب', 'من حيث الرواتب'],
    ['مما أفقده الكثير', 'أفقده الكثير'],
    ['ففضلا عن حالات القتل', 'حالات القتل'],
    ['ورغم ذلك يُمكن القول إن تداعيات', 'تداعيات'],
  ])('«%s» → «%s»', (text, expected) => {
    expect(stripLeading(text, arabic)).toBe(expected);
  });

  it('keeps a negation and drops only the «و» glued to it', () => {
    expect(stripLeading('ولا يُمكن القول إنها سبب', arabic)).toBe('لا يُمكن القول إنها سبب');
  });
});

describe('shorten', () => {
  it('cuts a long clause where a phrase ends, never after a word that needs its complement', () => {
    const text = 'أشارت تقارير عديدة إلى أن التنظيم أعدم أيضًا اثنين من مقاتليه على يد القيادي أبو إسلام الأنباري داخل معسكر التدريب';
    const { head, hard } = shorten(text, 18, arabic);
    expect(hard).toBe(false);
    expect(head).toBe('أشارت تقارير عديدة إلى أن التنظيم أعدم أيضًا اثنين من مقاتليه على يد القيادي أبو إسلام الأنباري');
  });

  it('marks a hard cut with an ellipsis when no phrase ends within the limit', () => {
    const { head, hard } = shorten('واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة', 5, arabic);
    expect(hard).toBe(true);
    expect(head).toBe('واحد اثنان ثلاثة أربعة خمسة…');
  });
});

describe('bulletsFrom', () => {
  const paragraph =
    'إذ يتمثل التحدي في توحيد صفوف المقاتلين القادمين من مختلف الدول، وهو ما لم ينجح فيه التنظيم إلى حد كبير، فقد تصاعدت الخلافات بين المقاتلين الأجانب والمحليين، والتي وصلت إلى حد تبادل إطلاق النيران بسبب المعاملة التمييزية والحظوة التي يتمتع بها الأجانب، كما أن المقاتلين الأجانب يعيشون في ظروف حياتية أفضل.';
  const { bullets } = bulletsFrom([paragraph], arabic, options);

  it('gives whole clauses, without their connectors, within the word limit', () => {
    expect(bullets).toEqual([
      'يتمثل التحدي في توحيد صفوف المقاتلين القادمين من مختلف الدول',
      'لم ينجح فيه التنظيم إلى حد كبير',
      'تصاعدت الخلافات بين المقاتلين الأجانب والمحليين، والتي وصلت إلى حد تبادل إطلاق النيران',
      'المقاتلين الأجانب يعيشون في ظروف حياتية أفضل',
    ]);
  });

  it('never starts a bullet with a connector nor ends one on a dangling word', () => {
    for (const bullet of bullets) {
      expect(leadingConnector(bullet)).toBeUndefined();
      expect(DANGLING_ENDINGS).not.toContain(bullet.split(/\s+/u).at(-1));
      expect(wordCount(bullet)).toBeLessThanOrEqual(18);
    }
  });

  it('keeps at most `max` bullets, the richest, in the paragraph’s order', () => {
    const two = bulletsFrom([paragraph], arabic, { ...options, max: 2 }).bullets;
    expect(two).toEqual([bullets[0], bullets[2]]);
  });

  it('leaves out an aside so that a clause keeps the object that completes it', () => {
    const text = 'أثار قرار التنظيم إعدام مئة من مقاتليه الأجانب بتهمة الخروج عليه، ومحاولة الهروب من مدينة الرقة شمال سوريا، تساؤلات عديدة حول أسباب الهروب.';
    expect(bulletsFrom([text], arabic, options).bullets).toEqual([
      'أثار قرار التنظيم إعدام مئة من مقاتليه الأجانب بتهمة الخروج عليه، تساؤلات عديدة حول أسباب الهروب',
    ]);
  });
});

describe('headlineOf', () => {
  it('is the opening phrase before the first comma', () => {
    const { headline, rest } = headlineOf('المعاملة التفضيلية للمقاتلين الأجانب، إذ يتمثل التحدي الأكبر في توحيد الصفوف.', arabic, 8);
    expect(headline).toBe('المعاملة التفضيلية للمقاتلين الأجانب');
    expect(rest.startsWith('إذ يتمثل')).toBe(true);
  });

  it('ends before a connector inside the phrase', () => {
    expect(headlineOf('ضعف الشبكات الكهربائية إذ لا تستوعب الطاقة المتقطعة.', arabic, 8).headline).toBe('ضعف الشبكات الكهربائية');
  });

  it('stays within eight words, cutting where a phrase ends', () => {
    const { headline, hard } = headlineOf('تراجع ثقة الناخبين في الأحزاب التقليدية القديمة بعد سنوات طويلة من الأزمات المتتالية، وهو أمر متوقع.', arabic, 8);
    expect(wordCount(headline)).toBeLessThanOrEqual(8);
    expect(hard).toBe(false);
    expect(headline).toBe('تراجع ثقة الناخبين في الأحزاب التقليدية القديمة');
  });
});
