import { describe, expect, it } from 'vitest';
import { announcedTopic, headlineOf } from '../../src/slides/headline.ts';
import { vocabularyFor } from '../../src/slides/vocabulary.ts';
import { wordCount } from '../helpers.ts';

const arabic = vocabularyFor('ar');
const english = vocabularyFor('en');

describe('headlineOf', () => {
  it('is the opening phrase before the first comma, and the rest stands as a clause of its own', () => {
    const head = headlineOf('المعاملة التفضيلية للمقاتلين الأجانب، إذ يتمثل التحدي الأكبر في توحيد الصفوف.', arabic, 8);
    expect(head).toMatchObject({ headline: 'المعاملة التفضيلية للمقاتلين الأجانب', restStands: true, shortened: false });
    expect(head.rest.startsWith('إذ يتمثل')).toBe(true);
  });

  it('is the words before the colon of a «head: body» point', () => {
    const head = headlineOf('تراجع الإنتاج في القطاع الزراعي: شهد القطاع تراجعاً بنسبة 20%.', arabic, 8);
    expect(head).toMatchObject({ headline: 'تراجع الإنتاج في القطاع الزراعي', rest: 'شهد القطاع تراجعاً بنسبة 20%.', restStands: true });
  });

  it('keeps a relative that completes the noun, but ends before a connector', () => {
    expect(headlineOf('الأزمة المالية التي يُعانيها التنظيم، والتي دفعته إلى التقشف.', arabic, 8).headline).toBe('الأزمة المالية التي يُعانيها التنظيم');
    expect(headlineOf('ضعف الشبكات الكهربائية إذ لا تستوعب الطاقة المتقطعة.', arabic, 8).headline).toBe('ضعف الشبكات الكهربائية');
  });

  it('says the rest only continues the headline’s clause when no connector opens it', () => {
    expect(headlineOf('حافظت الأحزاب الكبرى على حضورها، مستفيدة من شبكاتها المحلية.', arabic, 8).restStands).toBe(false);
  });

  it('stays within eight words, cutting where a phrase ends, and says it shortened it', () => {
    const head = headlineOf('تراجع ثقة الناخبين في الأحزاب التقليدية القديمة بعد سنوات طويلة من الأزمات المتتالية، وهو أمر متوقع.', arabic, 8);
    expect(wordCount(head.headline)).toBeLessThanOrEqual(8);
    expect(head).toMatchObject({ headline: 'تراجع ثقة الناخبين في الأحزاب التقليدية القديمة', shortened: true });
  });

  it('drops a trailing aside in brackets and the quotes around a study’s title', () => {
    expect(headlineOf('"الحكومة الذكية بين الوعد والواقع" (معهد الحوكمة الرقمية): تقيّم الدراسة تجارب 12 حكومة.', arabic, 8).headline).toBe('الحكومة الذكية بين الوعد والواقع');
  });

  it('keeps «and» inside an English head and capitalises it', () => {
    expect(headlineOf('available capital and appetite for risk, since sovereign funds hold large reserves.', english, 8).headline).toBe('Available capital and appetite for risk');
  });
});

describe('announcedTopic', () => {
  it.each([
    ['ويمكن إجمال أبرز هذه التحديات فيما يلي:', 'التحديات'],
    ['أما أهم أسباب هذا التعثر فتتمثل في الآتي:', 'أسباب هذا التعثر'],
    ['The main reasons are as follows:', 'Reasons'],
  ])('«%s» → «%s»', (sentence, topic) => {
    expect(announcedTopic(sentence)).toBe(topic);
  });

  it('finds nothing in a sentence that names no noun', () => {
    expect(announcedTopic('نعرض أبرز ما جاء فيها، وذلك على النحو التالي:')).toBeUndefined();
  });
});
