// The few words a deck adds around the author's text, in the article's language.
import type { ItemKind } from './model.ts';

export interface Labels {
  agenda: string;
  context: string;
  outlooks: string;
  conclusion: string;
  source: string;
  articleId: string;
  keyPoints: string;
  /** «الشريحة ٤»: what a slide is called in a handout's page headings. */
  slide: string;
  /** The heading of a slide's notes in a handout. */
  speakerNotes: string;
  /** «٢ من ٥»: the word between a slide's place in its group and the group's size. */
  of: string;
  /** What a group of points of each kind is called: a divider's title when the section has no heading. */
  groups: Record<ItemKind, string>;
  views: { first: string; second: string; nouns: readonly { match: RegExp; first: string; second: string }[] };
}

/** Arabic for Arabic articles, Hebrew for Hebrew ones; English for every other language, until it has labels of its own. */
export function labelsFor(language: string): Labels {
  return language === 'ar' ? ARABIC : language === 'he' ? HEBREW : ENGLISH;
}

// -- internal --

const ARABIC: Labels = {
  agenda: 'محاور العرض',
  context: 'السياق',
  outlooks: 'رؤيتان متباينتان',
  conclusion: 'الخلاصة',
  source: 'المصدر',
  articleId: 'رقم المادة',
  keyPoints: 'النقاط الرئيسية',
  of: 'من',
  slide: 'الشريحة',
  speakerNotes: 'ملاحظات المتحدث',
  groups: {
    cause: 'الأسباب',
    consequences: 'التداعيات',
    scenario: 'السيناريوهات',
    recommendation: 'التوصيات',
    lesson: 'الدروس المستفادة',
    finding: 'أبرز النتائج',
    point: 'النقاط الرئيسية',
  },
  views: {
    first: 'الرؤية الأولى',
    second: 'الرؤية الثانية',
    nouns: [
      { match: /[اأ]تجاه/u, first: 'الاتجاه الأول', second: 'الاتجاه الثاني' },
      { match: /ر[أا]ي/u, first: 'الرأي الأول', second: 'الرأي الثاني' },
      { match: /فريق/u, first: 'الفريق الأول', second: 'الفريق الثاني' },
    ],
  },
};

const HEBREW: Labels = {
  agenda: 'סדר היום',
  context: 'רקע',
  outlooks: 'שתי השקפות',
  conclusion: 'סיכום',
  source: 'מקור',
  articleId: 'מס׳ מאמר',
  keyPoints: 'נקודות עיקריות',
  of: 'מתוך',
  slide: 'שקופית',
  speakerNotes: 'הערות הדובר',
  groups: {
    cause: 'סיבות',
    consequences: 'השלכות',
    scenario: 'תרחישים',
    recommendation: 'המלצות',
    lesson: 'לקחים',
    finding: 'ממצאים עיקריים',
    point: 'נקודות עיקריות',
  },
  views: { first: 'ההשקפה הראשונה', second: 'ההשקפה השנייה', nouns: [] },
};

const ENGLISH: Labels = {
  agenda: 'Outline',
  context: 'Context',
  outlooks: 'Two outlooks',
  conclusion: 'Conclusion',
  source: 'Source',
  articleId: 'Article no.',
  keyPoints: 'Key points',
  of: 'of',
  slide: 'Slide',
  speakerNotes: 'Speaker notes',
  groups: {
    cause: 'Causes',
    consequences: 'Consequences',
    scenario: 'Scenarios',
    recommendation: 'Recommendations',
    lesson: 'Lessons',
    finding: 'Findings',
    point: 'Key points',
  },
  views: { first: 'First view', second: 'Second view', nouns: [] },
};
