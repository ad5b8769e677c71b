import { describe, expect, it } from 'vitest';
import { shorten, stripLeading, withoutConjunction } from '../../src/slides/phrases.ts';
import { vocabularyFor } from '../../src/slides/vocabulary.ts';

const arabic = vocabularyFor('ar');

describe('stripLeading', () => {
  it.each([
    ['إذ يتمثل التحدي الأكبر', 'يتمثل التحدي الأكبر'],
    ['حيث شهدت الآونة الأخيرة', 'شهدت الآونة الأخيرة'],
    ['فقد تصاعدت الخلافات', 'تصاعدت الخلافات'],
    ['كما أن المقاتلين يعيشون', 'المقاتلين يعيشون'],
    ['بالإضافة إلى خسارة التنظيم', 'خسارة التنظيم'],
    ['فضلاً عن جذب أعضاء جدد', 'جذب أعضاء جدد'],
    ['خاصةً أن العديد منهم', 'العديد منهم'],
    ['ففضلا عن حالات القتل', 'حالات القتل'],
    ['ويعكس هذا التقدم تراجع الثقة', 'يعكس هذا التقدم تراجع الثقة'],
    ['والتوترات بين الطرفين', 'التوترات بين الطرفين'],
  ])('«%s» → «%s»', (text, expected) => {
    expect(stripLeading(text, arabic)).toBe(expected);
  });

  it('keeps a negation and drops only the «و» glued to it', () => {
    expect(stripLeading('ولا يُمكن القول إنها سبب', arabic)).toBe('لا يُمكن القول إنها سبب');
  });

  it('keeps a «و» that belongs to the word («وزارة», «وتيرة»)', () => {
    expect(withoutConjunction('وزارة المياه أعلنت خطة')).toBe('وزارة المياه أعلنت خطة');
    expect(withoutConjunction('وتيرة الإصلاح تباطأت')).toBe('وتيرة الإصلاح تباطأت');
    expect(withoutConjunction('وجدت دول الاتحاد نفسها مضطرة')).toBe('وجدت دول الاتحاد نفسها مضطرة');
  });
});

describe('shorten', () => {
  it('cuts a long clause where a phrase ends, never after a word that needs its complement', () => {
    const text = 'أشارت تقارير عديدة إلى أن التنظيم أعدم أيضًا اثنين من مقاتليه على يد القيادي أبو إسلام الأنباري داخل معسكر التدريب';
    const { head, hard } = shorten(text, 18, arabic);
    expect(hard).toBe(false);
    expect(head).toBe('أشارت تقارير عديدة إلى أن التنظيم أعدم أيضًا اثنين من مقاتليه على يد القيادي أبو إسلام الأنباري');
  });

  it('does not cut a clause after «أنّ» before its predicate', () => {
    const text = 'ترى الورقة أن إنشاء آلية إقليمية لتسوية النزاعات البحرية قد يرفع عائدات التصدير بنحو 9 مليارات دولار سنوياً خلال خمس سنوات';
    expect(shorten(text, 18, arabic).head).toContain('قد يرفع');
  });

  it('does not leave a verb without the preposition it needs («أسفرت | عن»)', () => {
    const { head } = shorten('نفذت الوزارة بدعم من الوكالة الألمانية حملات لضبط الاعتداءات أسفرت عن إغلاق أكثر من ألفي وصلة غير قانونية', 12, arabic);
    expect(head.endsWith('أسفرت')).toBe(false);
  });

  it('marks a hard cut with an ellipsis when no phrase ends within the limit', () => {
    const { head, hard } = shorten('واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة', 5, arabic);
    expect(hard).toBe(true);
    expect(head).toBe('واحد اثنان ثلاثة أربعة خمسة…');
  });
});
