// What makes a bullet a fragment or a headline cut short, written from the list, independently of the code.
const MARKS = /[\u064B-\u065F\u0670\u0640]/gu;

function plain(word: string): string {
  return word.replace(MARKS, '').replace(/[أإآ]/gu, 'ا').replace(/ى/gu, 'ي').replace(/^[«“"(\s]+|[»”"),.،:؛;\s]+$/gu, '').toLowerCase();
}

const ARABIC_OPENERS = [
  // prepositions
  'في', 'على', 'علي', 'الى', 'الي', 'من', 'عن', 'مع', 'خلال', 'منذ', 'عبر', 'نحو', 'حول', 'لدى', 'لدي', 'عند', 'بين', 'تحت', 'فوق',
  'داخل', 'خارج', 'ضمن', 'وفق', 'بعد', 'قبل', 'دون', 'بدون', 'حتى', 'حتي', 'اثر', 'عقب', 'جراء', 'بسبب', 'بهدف', 'رغم', 'بحسب',
  // relatives
  'الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي', 'مما', 'والتي', 'والذي', 'والذين',
  // particles and conjunctions
  'ان', 'انه', 'انها', 'انهم', 'بل', 'ثم', 'او', 'و', 'لكن', 'لكنه', 'لكنها', 'الا', 'كما', 'اذ', 'حيث', 'فان', 'فقد', 'وقد', 'فهو', 'فهي',
  // pronouns that point back
  'هو', 'هي', 'هم', 'هما', 'هن', 'ذلك', 'وهو', 'وهي',
  'فيه', 'فيها', 'منه', 'منها', 'منهم', 'عليه', 'عليها', 'له', 'لها', 'لهم', 'به', 'بها',
];
const ENGLISH_OPENERS = [
  'in', 'on', 'at', 'for', 'from', 'with', 'by', 'of', 'to', 'into', 'through', 'during', 'without', 'among', 'between', 'under',
  'against', 'despite', 'which', 'who', 'whom', 'whose', 'that', 'where', 'and', 'but', 'or', 'so', 'because', 'while', 'whereas',
  'although', 'though', 'since', 'they', 'them', 'its', 'their', 'he', 'she', 'his', 'her',
];

/** Why `bullet` is not a clause that stands alone, or undefined. */
export function fragmentReason(bullet: string): string | undefined {
  const words = bullet.split(/\s+/u).filter(Boolean);
  const first = plain(words[0] ?? '');
  if (words.length < 3) return 'fewer than three words';
  if (ARABIC_OPENERS.includes(first) || ENGLISH_OPENERS.includes(first)) return `opens on «${words[0]}»`;
  if (/^(?:فال|وال|بال|لل)/u.test(first)) return `opens on a prefixed article «${words[0]}»`;
  // «فوجئوا», «يعيشون»: a plural verb first, its subject («they») in the text before.
  if (/^[^ا]\S{2,}وا$/u.test(first) || /^[يت]\S{2,}ون$/u.test(first)) return `opens on a verb whose subject is elsewhere «${words[0]}»`;
  if (DANGLING.includes(plain(words.at(-1) ?? ''))) return `ends on «${words.at(-1)}»`;
  return undefined;
}

/** Words a headline or a bullet cannot end on: it would be cut off. */
export const DANGLING = ['في', 'من', 'على', 'علي', 'الى', 'الي', 'عن', 'مع', 'ان', 'و', 'او', 'التي', 'الذي', 'الذين', 'العديد', 'بعض', 'بين', 'حول', 'نحو', 'of', 'to', 'in', 'on', 'the', 'a', 'an', 'and', 'or', 'for', 'with', 'by', 'that'];

/** Why `headline` reads as cut or as a mere label, or undefined. */
export function headlineProblem(headline: string): string | undefined {
  const words = headline.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return 'empty';
  if (words.length > 8) return `${words.length} words`;
  if (DANGLING.includes(plain(words.at(-1) ?? ''))) return `ends on «${words.at(-1)}»`;
  if (/^(?:[IVX]+|\(?continued\)?|تابع|\(تابع\))$/iu.test(headline.trim())) return 'a label, not a headline';
  return undefined;
}
