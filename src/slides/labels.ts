// The few words a deck adds around the author's text, in the article's language.

export interface Labels {
  agenda: string;
  context: string;
  outlooks: string;
  conclusion: string;
  source: string;
  continued: string;
  articleId: string;
  keyPoints: string;
  views: { first: string; second: string; nouns: readonly { match: RegExp; first: string; second: string }[] };
}

/** Arabic for Arabic articles; English for every other language, until it has labels of its own. */
export function labelsFor(language: string): Labels {
  return language === 'ar' ? ARABIC : ENGLISH;
}

// -- internal --

const ARABIC: Labels = {
  agenda: 'محاور العرض',
  context: 'السياق',
  outlooks: 'رؤيتان متباينتان',
  conclusion: 'الخلاصة',
  source: 'المصدر',
  continued: 'تابع',
  articleId: 'رقم المادة',
  keyPoints: 'النقاط الرئيسية',
  views: {
    first: 'الرؤية الأولى',
    second: 'الرؤية الثانية',
    nouns: [
      { match: /[اأ]تجاه/u, first: 'الاتجاه الأول', second: 'الاتجاه الثاني' },
      { match: /ر[أا]ي/u, first: 'الرأي الأول', second: 'الرأي الثاني' },
    ],
  },
};

const ENGLISH: Labels = {
  agenda: 'Outline',
  context: 'Context',
  outlooks: 'Two outlooks',
  conclusion: 'Conclusion',
  source: 'Source',
  continued: 'continued',
  articleId: 'Article no.',
  keyPoints: 'Key points',
  views: { first: 'First view', second: 'Second view', nouns: [] },
};
