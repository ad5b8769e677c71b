import { describe, expect, it } from 'vitest';
import { isStandalone, repairClause } from '../../src/slides/standalone.ts';
import { vocabularyFor } from '../../src/slides/vocabulary.ts';

const arabic = vocabularyFor('ar');

describe('repairClause after a «أنّ» was removed', () => {
  it.each([
    ['المقاتلين الأجانب يعيشون في ظروف أفضل', 'المقاتلون الأجانب يعيشون في ظروف أفضل'],
    ['القادة المحليين رفضوا تفكيك وحداتهم', 'القادة المحليون رفضوا تفكيك وحداتهم'],
    ['الطرفين اتفقا على هدنة مؤقتة', 'الطرفان اتفقا على هدنة مؤقتة'],
    ['عدداً كبيراً من المقاتلين غادروا', 'عدد كبير من المقاتلين غادروا'],
    ['ثمة قيودًا صارمة يفرضها التنظيم', 'ثمة قيود صارمة يفرضها التنظيم'],
    ['البحرين تستضيف القمة المقبلة', 'البحرين تستضيف القمة المقبلة'],
    ['اتحاد المصدرين طالب بتعويضات', 'اتحاد المصدرين طالب بتعويضات'],
  ])('«%s» → «%s»', (clause, expected) => {
    expect(repairClause(clause, true, arabic).text).toBe(expected);
  });

  it('leaves the words alone when no «أنّ» was removed', () => {
    expect(repairClause('المقاتلين الأجانب في الرقة', false, arabic)).toEqual({ text: 'المقاتلين الأجانب في الرقة', rebuilt: false });
  });
});

describe('isStandalone', () => {
  it.each([
    'لم ينجح فيه التنظيم إلى حد كبير',
    'دفعته إلى إجبار المقاتلين على التقشف',
    'فوجئوا بحجم التناقض بين الشعارات والممارسات',
    'وفي ظل هذا الانقسام الحاد',
    'على حساب المقاتلين المحليين في الرقة',
    'لا بوصفها وصفة جاهزة للنقل',
    'العديد منهم قد التحق به',
  ])('«%s» leans on text the slide lacks', (text) => {
    expect(isStandalone(text, arabic)).toBe(false);
  });

  it.each(['تواجه الدول المستوردة للغذاء تحديات متزايدة', 'تصاعدت الخلافات بين المقاتلين الأجانب والمحليين', 'هذه المنح لم تواكب حجم الطلب'])(
    '«%s» stands alone',
    (text) => {
      expect(isStandalone(text, arabic)).toBe(true);
    },
  );
});
