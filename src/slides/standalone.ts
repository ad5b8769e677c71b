// Makes a clause stand on its own as a bullet, or says that it cannot: the nominative restored after «أنّ» is
// dropped, a leading phrase moved behind the clause, and a check that nothing leans on a text the slide lacks.
import { comparable, comparableWord, words } from '../text/normalize.ts';
import { commaSegments } from '../text/segments.ts';
import type { Vocabulary } from './vocabulary.ts';

/** The fewest words a bullet may have: shorter clauses are asides that read badly alone. */
export const MIN_BULLET_WORDS = 4;

export interface Repaired {
  text: string;
  /** Words were changed or moved, not only dropped: the user may want to read it. */
  rebuilt: boolean;
}

/**
 * `clause` (its connector already removed) made to stand alone. `accusative` says a «أنّ»-type connector was
 * removed, leaving its subject in the accusative: «المقاتلين الأجانب يعيشون» becomes «المقاتلون الأجانب يعيشون».
 */
export function repairClause(clause: string, accusative: boolean, vocabulary: Vocabulary): Repaired {
  let text = clause.replace(/^\u0641(?=\u0627\u0644)/u, '');
  let rebuilt = false;
  // «اضطر معه بعض المقاتلين» → «اضطر بعض المقاتلين»: «with it» points back and adds nothing.
  const withIt = /^(\S+)\s+\u0645\u0639(?:\u0647|\u0647\u0627|\u0647\u0645)\s+/u.exec(text);
  if (withIt?.[1] !== undefined) {
    text = `${withIt[1]} ${text.slice(withIt[0].length)}`;
    rebuilt = true;
  }
  if (accusative) {
    const nominative = restoreNominative(text);
    rebuilt ||= nominative !== text;
    text = nominative;
  }
  const moved = moveLeadingPhrase(text, vocabulary);
  if (moved !== undefined) return { text: moved, rebuilt: true };
  return { text, rebuilt };
}

/** A clause that reads alone: long enough, and not opening on a word that leans on text the slide lacks. */
export function isStandalone(text: string, vocabulary: Vocabulary): boolean {
  const all = words(text);
  const first = all[0];
  if (first === undefined || all.length < MIN_BULLET_WORDS) return false;
  const plain = comparableWord(first);
  const unprefixed = [...plain].length >= 3 ? plain.replace(/^[وف]/u, '') : plain;
  if (vocabulary.dependentStarts.has(plain) || vocabulary.dependentStarts.has(unprefixed) || vocabulary.leading.test(text)) return false;
  // «لا بوصفها …»: a negated phrase, not a clause.
  if (plain === 'لا' && /^ب/u.test(comparableWord(all[1] ?? ''))) return false;
  if (/^(?:بال|لل|كال|وال|فال)\S/u.test(plain)) return false;
  if (/^(?:هذا|هذه|هؤلاء)$/u.test(plain) && !/^ال/u.test(comparableWord(all[1] ?? ''))) return false;
  if (carriesPronoun(first) || hasImpliedPluralSubject(first)) return false;
  // «لم ينجح فيه», «العديد منهم»: a pronoun near the start that points back to the text before.
  return !all.slice(1, 3).some((word) => POINTING_BACK.has(comparableWord(word)));
}

// -- internal --

/** «دفعته», «قدرتها», «منهم»: a first word with a pronoun that points back to text before the bullet. */
function carriesPronoun(word: string): boolean {
  const bare = word.replace(/[\u064B-\u065F\u0670\u0640]/gu, '').replace(/[\p{P}]+$/u, '');
  if (bare.startsWith('\u0627\u0644') || [...bare].length < 4) return false;
  // «ـها», «ـهم», «ـهما», «ـهن» always; a lone «ـه» only after «ت» («دفعته», «قدرته»), since many verbs end in «ه» («تواجه»).
  if (!/(?:\u062A\u0647|\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627|\u0647\u0646)$/u.test(bare)) return false;
  return !PRONOUN_LOOKALIKES.has(comparable(bare));
}

/** «فوجئوا», «يعيشون» as a first word: a verb whose subject («they») is in the text before the bullet. */
function hasImpliedPluralSubject(word: string): boolean {
  const bare = comparable(word).replace(/[\p{P}]+$/u, '');
  if (bare.startsWith('ال') || [...bare].length < 4) return false;
  return /وا$/u.test(bare) || (/^[يت]/u.test(bare) && /ون$/u.test(bare) && [...bare].length >= 5);
}

const POINTING_BACK = new Set(
  ['فيه', 'فيها', 'فيهم', 'منه', 'منها', 'منهم', 'عليه', 'عليها', 'عليهم', 'له', 'لها', 'لهم', 'به', 'بها', 'بهم', 'اليه', 'اليها', 'اليهم', 'عنه', 'عنها', 'عنهم', 'لديه', 'لديها', 'لديهم'].map(comparable),
);

/** Prepositions whose phrase (a time, a place, a circumstance) may stand behind the clause it opens. */
const MOVABLE = new Set(
  [
    'في', 'على', 'خلال', 'منذ', 'عبر', 'مع', 'بعد', 'قبل', 'داخل', 'خارج', 'وفق', 'وفقا', 'بحسب', 'حسب', 'اثر', 'عقب', 'بين', 'تحت', 'ضمن', 'بسبب', 'جراء',
    'in', 'on', 'at', 'during', 'after', 'before', 'since', 'by', 'under', 'over', 'across', 'among', 'within', 'through', 'following', 'amid', 'despite',
    'without', 'with', 'for', 'from', 'دون', 'بدون', 'من دون',
  ].map(comparable),
);

const PRONOUN_LOOKALIKES = new Set(['اتجاه', 'تجاه', 'وجه', 'شبه', 'انتباه', 'مياه', 'اشتباه', 'رفاه', 'اكراه', 'فقه', 'نزاهه', 'تنبيه', 'توجيه', 'تشويه', 'ترفيه'].map(comparable));

const DUALS = new Set(
  ['الطرفين', 'البلدين', 'الجانبين', 'الشريكين', 'الحزبين', 'الرئيسين', 'القطبين', 'الشطرين', 'الحليفين', 'الخصمين', 'القائدين', 'الوزيرين', 'النظامين', 'المعسكرين', 'الاثنين', 'الزعيمين', 'الجيشين', 'الشعبين', 'البرلمانين'].map(comparable),
);

// Names that end like a plural or dual but are not one.
const NOT_PLURALS = new Set(['البحرين', 'الحسين', 'النهرين', 'الحرمين', 'العالمين', 'الرافدين', 'التنين', 'الياسمين'].map(comparable));

/** The first noun phrase put back in the nominative: «ـين» → «ـون» (or «ـان» for a dual), «عدداً كبيراً» → «عدد كبير». */
function restoreNominative(text: string): string {
  const all = text.split(/(\s+)/u);
  // «ثمة قيوداً صارمة» → «ثمة قيود صارمة»: the noun after «ثمة» or «هناك» is the subject.
  const start = /^(?:ثمه|هناك)$/u.test(comparable(all[0] ?? '')) ? 2 : 0;
  const definite = /^ال/u.test(comparable(all[start] ?? ''));
  for (let index = start; index < all.length; index += 2) {
    const word = all[index] ?? '';
    const next = nominative(word);
    // «القادة المحليين رفضوا»: a definite noun's definite adjectives agree with it and change with it;
    // «عدداً كبيراً»: an indefinite phrase runs as long as its words carry the accusative.
    if (definite ? !/^ال/u.test(comparable(word)) : next === undefined) break;
    if (next !== undefined) all[index] = next;
  }
  return all.join('');
}

function nominative(word: string): string | undefined {
  const plain = comparable(word).replace(/[\p{P}]+$/u, '');
  if (/^ال\S{3,}ين$/u.test(plain) && !NOT_PLURALS.has(plain)) {
    if (DUALS.has(plain)) return word.replace(/\u064A[\u064B-\u065F]*\u0646([\u064B-\u065F]*)$/u, '\u0627\u0646$1');
    if (/تين$/u.test(plain)) return word.replace(/\u064A[\u064B-\u065F]*\u0646([\u064B-\u065F]*)$/u, '\u0627\u0646$1');
    return word.replace(/\u064A([\u064B-\u065F]*)\u0646([\u064B-\u065F]*)$/u, '\u0648$1\u0646$2');
  }
  // An indefinite accusative «عدداً» and the adjective after it.
  if (/(?:\u064B\u0627|\u0627\u064B)$/u.test(word) && [...plain].length >= 4) return word.replace(/(?:\u064B\u0627|\u0627\u064B)$/u, '');
  return undefined;
}

/**
 * «في عام 2020، ارتفعت الأسعار» → «ارتفعت الأسعار في عام 2020»: a short leading phrase moved behind the
 * clause it introduces, so the bullet opens on its subject or verb. Undefined when nothing is to move.
 */
function moveLeadingPhrase(text: string, vocabulary: Vocabulary): string | undefined {
  const first = comparableWord(words(text)[0] ?? '');
  if (!MOVABLE.has(first) && !/^(?:بال|لل|كال)\S/u.test(first)) return undefined;
  const [phrase, ...rest] = commaSegments(text);
  if (phrase === undefined || rest.length === 0 || words(phrase.text).length > 7) return undefined;
  const clause = rest.map((segment, index) => segment.text + (index < rest.length - 1 ? `${segment.delimiter} ` : '')).join('');
  if (!isStandalone(clause, vocabulary)) return undefined;
  // "During the drought, X" → "X during the drought": the phrase loses the capital it had as the opening.
  const moved = /^\p{Lu}\p{Ll}/u.test(phrase.text) ? `${phrase.text[0]?.toLowerCase() ?? ''}${phrase.text.slice(1)}` : phrase.text;
  return `${clause} ${moved}`;
}
