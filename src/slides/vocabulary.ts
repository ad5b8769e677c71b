// The words that tie Arabic and English clauses together: where a slide bullet may start, end, or be cut.
import { comparable } from '../text/normalize.ts';
import { leadingPhrases, prefixedPhrases } from '../text/loose.ts';

export interface Vocabulary {
  /** A connector that opens a new clause («إذ», «فقد», «كما أن», …), at the start of a text. */
  opener: RegExp;
  /** A word that opens a new clause and carries meaning («لا», «ربما»), with or without a prefix letter. */
  keptOpener: RegExp;
  /** The same, written with a prefix letter («ولا»): group 1 is the prefix, the only part a bullet drops. */
  prefixedKeptOpener: RegExp;
  /** An opener that still continues the clause before it («لا سيما»), so it never starts a bullet of its own. */
  continuing: RegExp;
  /** Anything a bullet should not start with: openers and linking words («والتي», «و»). */
  leading: RegExp;
  /** Words after which a clause cannot be cut, because they need what follows («العديد» of «العديد من»). */
  needsComplement: ReadonlySet<string>;
  /** Cut points for a clause that is too long, best first: before a clause word, a relative, a preposition. */
  boundaries: readonly [ReadonlySet<string>, ReadonlySet<string>, ReadonlySet<string>];
}

export function vocabularyFor(language: string): Vocabulary {
  return language === 'ar' ? ARABIC : ENGLISH;
}

// -- internal --

interface WordLists {
  openers: readonly string[];
  keptOpeners: readonly string[];
  linkers: readonly string[];
  continuing: readonly string[];
  /** Single letters a connector may be written with («و» + «كما» = «وكما»). */
  prefixes: string;
  needsComplement: readonly string[];
  boundaries: readonly [readonly string[], readonly string[], readonly string[]];
}

function compile(lists: WordLists): Vocabulary {
  const { prefixes } = lists;
  const set = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(comparable));
  return {
    opener: leadingPhrases(lists.openers, { prefixes }),
    keptOpener: leadingPhrases(lists.keptOpeners, { prefixes }),
    prefixedKeptOpener: prefixedPhrases(lists.keptOpeners, prefixes),
    continuing: leadingPhrases(lists.continuing, { prefixes }),
    leading: leadingPhrases([...lists.openers, ...lists.linkers], { prefixes }),
    needsComplement: set(lists.needsComplement),
    boundaries: [set(lists.boundaries[0]), set(lists.boundaries[1]), set(lists.boundaries[2])],
  };
}

// Phrases are written plainly (no marks, bare alef); the matchers accept any marks the article adds.
const ARABIC = compile({
  openers: [
    'اذ', 'حيث', 'فقد', 'وقد', 'كما ان', 'كما', 'وهو ما', 'وهي ما', 'وهو الامر الذي', 'بالاضافة الي', 'فضلا عن',
    'خاصة ان', 'خاصة انها', 'خاصة انه', 'خاصة انهم', 'خاصة وان', 'مما', 'فان', 'ان', 'لكن', 'لكنه', 'لكنها', 'لكنهم', 'ولكن', 'الا ان', 'غير ان', 'بينما',
    'في حين', 'في المقابل', 'رغم ذلك', 'ومع ذلك', 'كذلك', 'ثم', 'بشكل', 'بما يعني ان', 'بما يعني', 'وبالتالي', 'لذلك', 'لذا', 'اي ان',
    'يمكن القول ان', 'يمكن القول انه', 'يمكن القول', 'خلاصة القول', 'ختاما', 'في الختام', 'في المحصلة',
  ],
  keptOpeners: ['لا', 'لن', 'لم', 'ليس', 'ربما', 'قد'],
  linkers: ['والتي', 'التي', 'والذي', 'الذي', 'والذين', 'الذين', 'لا سيما', 'ولا سيما', 'وذلك', 'و'],
  continuing: ['لا سيما', 'ولا سيما', 'خاصة في', 'خاصة مع', 'خاصة بعد'],
  prefixes: 'وف',
  needsComplement: [
    'العديد', 'الكثير', 'بعض', 'عدد', 'عددا', 'احد', 'اهم', 'اكثر', 'اكبر', 'حد', 'مختلف', 'كل', 'جميع', 'معظم',
    'غالبية', 'ان', 'الي', 'من', 'في', 'على', 'عن', 'مع', 'بين', 'و', 'ثلاث', 'ثلاثة', 'اثنين',
  ],
  boundaries: [
    [
      'ربما', 'مما', 'حيث', 'بما', 'بسبب', 'بهدف', 'بعد', 'قبل', 'وسط', 'بدعوى', 'خاصة', 'بالاضافة', 'فضلا', 'وفقا',
      'رغم', 'لكن', 'بينما', 'كما', 'اذ', 'الا', 'قد', 'لتعويض', 'لمراقبة', 'بدون', 'دون', 'منها',
    ],
    ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'والتي', 'والذي', 'والذين'],
    ['في', 'على', 'الي', 'من', 'عن', 'مع', 'داخل', 'خارج', 'تحت', 'بين', 'خلال', 'عبر', 'نحو', 'حول', 'لدي'],
  ],
});

const ENGLISH = compile({
  openers: [
    'however', 'moreover', 'furthermore', 'in addition', 'additionally', 'also', 'while', 'whereas', 'thus', 'therefore',
    'meanwhile', 'but', 'yet', 'and', 'so', 'as a result', 'in particular', 'for example', 'for instance', 'in conclusion',
    'to sum up', 'in sum', 'in summary', 'overall', 'all in all', 'to conclude', 'since', 'because', 'as',
  ],
  keptOpeners: ['not', 'perhaps', 'may'],
  linkers: ['which', 'who', 'that', 'especially', 'particularly', 'notably', 'and'],
  continuing: ['especially', 'particularly', 'notably', 'including'],
  prefixes: '',
  needsComplement: ['many', 'some', 'most', 'all', 'one', 'each', 'several', 'the', 'a', 'an', 'of', 'to', 'and', 'or', 'its', 'their'],
  boundaries: [
    ['because', 'while', 'whereas', 'although', 'since', 'after', 'before', 'as', 'due', 'which', 'despite', 'amid'],
    ['who', 'that', 'where', 'whose'],
    ['in', 'on', 'at', 'for', 'from', 'with', 'by', 'under', 'over', 'between', 'through', 'across', 'against', 'during', 'without'],
  ],
});
