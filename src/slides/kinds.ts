// What a section's points are (causes, scenarios, recommendations …), read from the section's own words.
import type { Section } from '../article/model.ts';
import { comparable } from '../text/normalize.ts';
import { announcedTopic } from './headline.ts';
import type { ItemKind } from './model.ts';

/**
 * The kind of a section's points, from its heading, the heading above it, its items' markers, and what its
 * lead sentence announces («… بل تمتد إلى المخاطر، ولعل أبرز هذه المخاطر ما يلي:» announces risks, not
 * the «انعكاسات» it mentions on the way).
 */
export function sectionKind(section: Pick<Section, 'cue' | 'announcement'>): ItemKind {
  const { announcement } = section;
  const announced = announcement === undefined ? '' : (announcedTopic(announcement) ?? announcement);
  const cue = comparable(`${section.cue} | ${announced}`);
  return CUES.find(({ words }) => words.test(cue))?.kind ?? 'point';
}

/** A section of paragraphs: one of the item kinds when its words say so, else the general `section`. */
export function paragraphKind(section: Pick<Section, 'cue' | 'announcement'>): ItemKind | 'section' {
  const kind = sectionKind(section);
  return kind === 'point' ? 'section' : kind;
}

// -- internal --

/** Whole Arabic words (with «و», «ب», «ل» and «ال» allowed in front) or English words. */
function cue(arabic: readonly string[], english: readonly string[], phrases: readonly string[] = []): RegExp {
  const ar = `(?:^|[\\s\\p{P}])[وفبل]?(?:ال)?(?:${arabic.map(comparable).join('|')})(?=$|[\\s\\p{P}])`;
  const en = `\\b(?:${english.join('|')})\\b`;
  const more = phrases.map(comparable).join('|');
  return new RegExp(more === '' ? `${ar}|${en}` : `${ar}|${en}|${more}`, 'u');
}

// Checked in order: «نتائج الدراسة» is a finding before «نتائج» could be a consequence; scenarios before
// causes, since a scenario paper's «محددات» sit beside its scenarios.
const CUES: readonly { kind: ItemKind; words: RegExp }[] = [
  { kind: 'scenario', words: cue(['سيناريو', 'سيناريوهات', 'مسارات', 'مالات', 'احتمالات'], ['scenarios?', 'pathways', 'futures']) },
  {
    kind: 'recommendation',
    words: cue(['توصيات', 'توصيه', 'مقترحات', 'متطلبات'], ['recommendations?', 'policy options', 'the way forward', 'what should be done'], ['ما ينبغي', 'ما يجب عمله', 'ما العمل']),
  },
  { kind: 'lesson', words: cue(['دروس', 'الدرس'], ['lessons?', 'takeaways?']) },
  {
    kind: 'finding',
    words: cue(['استنتاجات', 'خلاصات'], ['findings', 'key results', 'survey results'], [
      'نتائج الدراسة', 'نتائج الاستطلاع', 'نتائج التقرير', 'نتائج البحث', 'نتائج المسح', 'نتائج الاستبيان', 'ابرز النتائج', 'اهم النتائج',
      'ابرز ما توصل', 'ابرز ما خلص', 'ابرز ما كشف',
    ]),
  },
  { kind: 'cause', words: cue(['اسباب', 'دوافع', 'عوامل', 'محركات', 'مسببات', 'جذور', 'محددات'], ['causes?', 'drivers?', 'factors?', 'reasons?', 'why']) },
  { kind: 'consequences', words: cue(['تداعيات', 'اثار', 'انعكاسات', 'عواقب', 'نتائج', 'تاثيرات'], ['consequences', 'implications', 'effects', 'impacts?', 'fallout']) },
];
