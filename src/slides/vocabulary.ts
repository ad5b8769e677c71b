// The words that tie Arabic and English clauses together: where a bullet may start, end, or be cut, and
// which clauses lean on another (a relative, a concession) and which carry the point (a result, a number).
import { comparable } from '../text/normalize.ts';
import { leadingPhrases, prefixedPhrases } from '../text/loose.ts';

export interface Vocabulary {
  /** A connector that opens a new clause («إذ», «فقد», «كما أن», «وهو ما», …), at the start of a text. */
  opener: RegExp;
  /** A word that opens a new clause and carries meaning («لا», «ربما»), with or without a prefix letter. */
  keptOpener: RegExp;
  /** The same, written with a prefix letter («ولا»): group 1 is the prefix, the only part a bullet drops. */
  prefixedKeptOpener: RegExp;
  /** An opener that still continues the clause before it («لا سيما»), so it never starts a bullet of its own. */
  continuing: RegExp;
  /** Anything a bullet should not start with: openers and linking words («والتي», «و»). */
  leading: RegExp;
  /** Where a headline's phrase ends: a connector, but not a relative that completes a noun («الأزمة التي يعانيها»). */
  headBreak: RegExp;
  /** Openers of a clause that says something about the clause before it («وهو ما», «مما», «والتي»). */
  relative: RegExp;
  /** Openers of a concession («رغم», «وإن كان»): the clause after it is the point. */
  concession: RegExp;
  /** Openers of a circumstance before the point («عندما ارتفعت الأسعار، …», "When rates rose, …"). */
  circumstance: RegExp;
  /** Openers of the point after a concession («إلا أن», «لكن», "however"). */
  afterConcession: RegExp;
  /** Openers of a caveat («على أن ذلك»): never the point. */
  caveat: RegExp;
  /** Openers after which the subject is accusative («كما أن المقاتلين»): removing them needs the nominative back. */
  accusative: RegExp;
  /** Words after which a clause cannot be cut, because they need what follows («العديد» of «العديد من»). */
  needsComplement: ReadonlySet<string>;
  /** Cut points for a clause that is too long, best first: before a clause word, a relative, a preposition. */
  boundaries: readonly [ReadonlySet<string>, ReadonlySet<string>, ReadonlySet<string>];
  /** First words that leave a bullet leaning on something not on the slide: prepositions, relatives, pronouns. */
  dependentStarts: ReadonlySet<string>;
  /** Words that mark a cause or a result («أدى», «بسبب», "led to"): a clause with one carries the argument. */
  causal: ReadonlySet<string>;
  /** A comma segment that only says who said it ("…, the forwarders we interviewed said, …"): an aside, not the point. */
  attribution: RegExp;
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
  relatives: readonly string[];
  concessions: readonly string[];
  circumstances: readonly string[];
  afterConcessions: readonly string[];
  caveats: readonly string[];
  accusatives: readonly string[];
  /** Single letters a connector may be written with («و» + «كما» = «وكما»). */
  prefixes: string;
  needsComplement: readonly string[];
  boundaries: readonly [readonly string[], readonly string[], readonly string[]];
  dependentStarts: readonly string[];
  causal: readonly string[];
  /** Reporting verbs that end an attribution set between commas. */
  reporting: readonly string[];
}

function compile(lists: WordLists): Vocabulary {
  const { prefixes } = lists;
  const set = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(comparable));
  const phrases = (list: readonly string[]): RegExp => leadingPhrases(list, { prefixes });
  return {
    opener: phrases([...lists.openers, ...lists.relatives, ...lists.concessions, ...lists.afterConcessions, ...lists.caveats]),
    keptOpener: phrases(lists.keptOpeners),
    prefixedKeptOpener: prefixedPhrases(lists.keptOpeners, prefixes),
    continuing: phrases(lists.continuing),
    leading: phrases([...lists.openers, ...lists.linkers, ...lists.afterConcessions, ...lists.accusatives]),
    relative: phrases(lists.relatives),
    headBreak: phrases([
      // "Available capital and appetite for risk": «and» joins the head's nouns, it does not end the phrase.
      ...lists.openers.filter((opener) => opener !== 'and'),
      ...lists.concessions,
      ...lists.afterConcessions,
      ...lists.caveats,
      ...lists.relatives.filter((relative) => !/^(?:ال|ما|بما|which|who|whose|where)/u.test(relative)),
    ]),
    concession: phrases(lists.concessions),
    circumstance: phrases(lists.circumstances),
    afterConcession: phrases(lists.afterConcessions),
    caveat: phrases(lists.caveats),
    accusative: phrases(lists.accusatives),
    needsComplement: set(lists.needsComplement),
    boundaries: [set(lists.boundaries[0]), set(lists.boundaries[1]), set(lists.boundaries[2])],
    dependentStarts: set(lists.dependentStarts),
    causal: set(lists.causal),
    attribution: lists.reporting.length === 0 ? /(?!)/u : new RegExp(`\\s(?:${lists.reporting.join('|')})$`, 'iu'),
  };
}

// Phrases are written plainly (no marks, bare alef); the matchers accept any marks the article adds.
const ARABIC = compile({
  openers: [
    'اذ', 'حيث', 'فقد', 'وقد', 'كما ان', 'كما', 'بالاضافة الي', 'فضلا عن', 'علاوة علي', 'الي جانب', 'اضافة الي',
    'خاصة ان', 'خاصة انها', 'خاصة انه', 'خاصة انهم', 'خاصة وان', 'لا سيما ان', 'ولا سيما ان', 'فان', 'ان', 'انه', 'انها', 'بل ان',
    'ذلك ان', 'حيث ان', 'اذ ان', 'بينما', 'في حين', 'في المقابل', 'رغم ذلك', 'ومع ذلك', 'كذلك', 'ثم', 'بشكل', 'وبالتالي', 'بالتالي', 'لذلك',
    'لذا', 'اي ان', 'يمكن القول ان', 'يمكن القول انه', 'يمكن القول', 'خلاصة القول', 'ختاما', 'في الختام', 'في المحصلة', 'من ثم', 'ومن ثم',
    'من جهة اخري', 'من جهة', 'من ناحية اخري', 'من ناحية', 'في هذا السياق', 'في هذا الاطار', 'في ضوء ذلك', 'وعليه', 'عليه', 'كما يلاحظ ان',
  ],
  // «قد» and «ربما» after a comma more often carry on the subject before them («أن إنشاء آلية …، قد يرفع»).
  keptOpeners: ['لا', 'لن', 'لم', 'ليس'],
  linkers: ['والتي', 'التي', 'والذي', 'الذي', 'والذين', 'الذين', 'لا سيما', 'ولا سيما', 'وذلك', 'و'],
  continuing: ['لا سيما', 'ولا سيما', 'خاصة في', 'خاصة مع', 'خاصة بعد', 'خاصة عند', 'بما في ذلك', 'بما فيها', 'بما فيه'],
  relatives: [
    'وهو ما', 'وهي ما', 'وهو الامر الذي', 'الامر الذي', 'وهو الذي', 'وهي التي', 'وهذا ما', 'وذلك ما', 'مما', 'ما يعني', 'بما يعني ان', 'بما يعني',
    'والتي', 'التي', 'والذي', 'الذي', 'والذين', 'الذين', 'وهو', 'وهي', 'وهم', 'بما',
  ],
  concessions: ['رغم', 'رغم ان', 'على الرغم من', 'بالرغم من', 'وان كان', 'وان كانت', 'مع ان', 'برغم'],
  circumstances: ['عندما', 'حينما', 'حين', 'لما', 'بعدما', 'اذا', 'كلما', 'ما ان', 'فور'],
  afterConcessions: ['الا ان', 'غير ان', 'لكن', 'ولكن', 'لكنه', 'لكنها', 'لكنهم', 'بيد ان'],
  caveats: ['علي ان', 'مع ذلك', 'ومع ذلك'],
  accusatives: [
    'كما ان', 'الا ان', 'غير ان', 'بيد ان', 'خاصة ان', 'خاصة وان', 'لا سيما ان', 'ولا سيما ان', 'فان', 'ان', 'لكن', 'بل ان', 'ذلك ان',
    'حيث ان', 'اذ ان', 'علي ان', 'رغم ان', 'مع ان', 'يمكن القول ان', 'اي ان', 'بما يعني ان', 'لان',
  ],
  prefixes: 'وف',
  needsComplement: [
    'العديد', 'الكثير', 'بعض', 'عدد', 'عددا', 'احد', 'واحده', 'اهم', 'بدلا', 'وفقا', 'نظرا', 'استنادا', 'اضافه', 'قياسا', 'مقارنه', 'بالنسبه', 'عوضا', 'مدعومه', 'مدعوم', 'اكثر', 'اكبر', 'حد', 'مختلف', 'كل', 'جميع', 'معظم', 'غالبية', 'ان', 'الي', 'من',
    'في', 'على', 'عن', 'مع', 'بين', 'و', 'او', 'ثلاث', 'ثلاثة', 'اثنين', 'نحو', 'حوالي', 'قرابة', 'ازاء', 'تجاه', 'عبر', 'خلال', 'منذ',
    'لدي', 'عند', 'حول', 'تحت', 'ضد', 'بسبب', 'نتيجة', 'بهدف', 'اجل', 'ظل', 'اطار', 'سياق', 'ضوء', 'مجال', 'التي', 'الذي', 'الذين', 'ما',
    // verbs that need the preposition after them: «أسفرت | عن», «أدى | إلى»
    'اسفر', 'اسفرت', 'ادي', 'ادت', 'يؤدي', 'تؤدي', 'تسبب', 'تسببت', 'ساهم', 'ساهمت', 'اسهم', 'اسهمت', 'يعاني', 'تعاني', 'عاني', 'يتمثل',
    'تتمثل', 'يعتمد', 'تعتمد', 'اعتمد', 'اعتمدت', 'يحتاج', 'تحتاج', 'اشار', 'اشارت', 'يشير', 'تشير', 'حذر', 'حذرت', 'يحذر', 'تحذر', 'دعا',
    'دعت', 'يدعو', 'تدعو', 'وصل', 'وصلت', 'يقل', 'تقل', 'يزيد', 'تزيد', 'اكثر', 'اقل', 'يتجاوز', 'تتجاوز', 'يتراوح', 'تتراوح', 'يفضي', 'تفضي',
  ],
  boundaries: [
    [
      'مما', 'حيث', 'بما', 'بسبب', 'بهدف', 'بعد', 'قبل', 'وسط', 'بدعوى', 'خاصة', 'بالاضافة', 'فضلا', 'وفقا', 'رغم', 'لكن', 'بينما',
      'كما', 'اذ', 'الا', 'لتعويض', 'لمراقبة', 'بدون', 'دون', 'منها', 'نتيجة', 'جراء', 'بفعل', 'اثر', 'عقب', 'منذ', 'لصالح', 'مقابل',
    ],
    ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'والتي', 'والذي', 'والذين'],
    ['في', 'على', 'الي', 'من', 'عن', 'مع', 'داخل', 'خارج', 'تحت', 'بين', 'خلال', 'عبر', 'نحو', 'حول', 'لدي', 'ضد', 'لدى'],
  ],
  dependentStarts: [
    'في', 'على', 'الي', 'من', 'عن', 'مع', 'خلال', 'منذ', 'عبر', 'نحو', 'حول', 'لدي', 'عند', 'بين', 'تحت', 'فوق', 'داخل', 'خارج', 'ضمن',
    'وفق', 'وفقا', 'طبقا', 'بعد', 'قبل', 'دون', 'بدون', 'حتي', 'اثر', 'عقب', 'جراء', 'بفعل', 'بسبب', 'بهدف', 'لاجل', 'رغم', 'بحسب', 'حسب',
    'امام', 'خلف', 'وراء', 'لصالح', 'ازاء', 'تجاه', 'حيال', 'بحكم', 'بموجب', 'ضد', 'لدى',
    'الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'اللائي', 'ما', 'مما', 'بما',
    'ان', 'انه', 'انها', 'انهم', 'ف', 'بل', 'ثم', 'او', 'و', 'لكن', 'الا', 'هو', 'هي', 'هم', 'هما', 'هن', 'ذلك', 'وذلك', 'كما',
    'فيه', 'فيها', 'فيهم', 'منه', 'منها', 'منهم', 'عليه', 'عليها', 'عليهم', 'له', 'لها', 'لهم', 'به', 'بها', 'بهم', 'اليه', 'اليها', 'اليهم',
    'عنه', 'عنها', 'عنهم', 'معه', 'معها', 'معهم', 'لديه', 'لديها', 'لديهم', 'بينهم', 'بينها',
  ],
  causal: [
    'بسبب', 'نتيجة', 'نتيجه', 'ادي', 'ادت', 'يؤدي', 'تؤدي', 'اسفر', 'اسفرت', 'تسبب', 'تسببت', 'دفع', 'دفعت', 'افضي', 'ساهم', 'ساهمت', 'اسهم',
    'اسهمت', 'انعكس', 'انعكست', 'ارتفع', 'ارتفعت', 'تراجع', 'تراجعت', 'انخفض', 'انخفضت', 'زاد', 'زادت', 'ارتفاع', 'انخفاض', 'تراجع', 'جراء',
    'بفعل', 'لذلك', 'وبالتالي', 'ادي', 'يهدد', 'تهدد', 'ضاعف', 'ضاعفت', 'فاقم', 'فاقمت', 'اضعف', 'اضعفت', 'عزز', 'عززت',
  ],
  reporting: [],
});

const ENGLISH = compile({
  openers: [
    'moreover', 'furthermore', 'in addition', 'additionally', 'also', 'while', 'whereas', 'thus', 'therefore', 'meanwhile', 'yet', 'and',
    'so', 'as a result', 'in particular', 'for example', 'for instance', 'in conclusion', 'to sum up', 'in sum', 'in summary', 'overall',
    'all in all', 'to conclude', 'since', 'because', 'indeed', 'in fact', 'consequently', 'hence', 'instead', 'then', 'besides',
  ],
  keptOpeners: ['not', 'perhaps', 'may'],
  linkers: ['which', 'who', 'that', 'especially', 'particularly', 'notably', 'and'],
  continuing: ['especially', 'particularly', 'notably', 'including', 'such as'],
  relatives: ['which', 'who', 'whose', 'where', 'something that', 'a move that', 'a fact that'],
  concessions: ['although', 'though', 'even though', 'despite', 'in spite of', 'while it is true that'],
  circumstances: ['when', 'whenever', 'once', 'as soon as', 'if', 'after', 'until'],
  afterConcessions: ['however', 'but', 'nevertheless', 'nonetheless'],
  caveats: ['that said', 'admittedly', 'of course'],
  accusatives: [],
  prefixes: '',
  needsComplement: [
    'many', 'some', 'most', 'all', 'one', 'each', 'several', 'the', 'a', 'an', 'of', 'to', 'and', 'or', 'its', 'their', 'in', 'on', 'for', 'with',
    'by', 'from', 'at', 'as', 'than', 'that', 'which', 'who', 'compared', 'estimates', 'estimated', 'said', 'says', 'argues', 'argued', 'notes',
    'noted', 'warns', 'warned', 'shows', 'showed', 'found', 'finds', 'suggests', 'suggested', 'according', 'due', 'locked', 'between',
  ],
  boundaries: [
    // Not «as»: «see X as Y» does not end at «as».
    ['because', 'while', 'whereas', 'although', 'since', 'after', 'before', 'due', 'which', 'despite', 'amid', 'following', 'unless', 'until'],
    ['who', 'that', 'where', 'whose'],
    ['in', 'on', 'at', 'for', 'from', 'with', 'by', 'under', 'over', 'between', 'through', 'across', 'against', 'during', 'without', 'into'],
  ],
  dependentStarts: [
    'in', 'on', 'at', 'for', 'from', 'with', 'by', 'of', 'to', 'into', 'through', 'during', 'without', 'within', 'among', 'between', 'under',
    'over', 'against', 'toward', 'towards', 'despite', 'via', 'amid', 'which', 'who', 'whom', 'whose', 'that', 'where', 'and', 'but', 'or',
    'so', 'yet', 'because', 'while', 'whereas', 'although', 'though', 'since', 'as', 'if', 'then', 'they', 'them', 'he', 'she', 'its', 'their',
    'his', 'her', 'when', 'whenever', 'unless', 'once', 'after', 'before', 'until', 'only', 'mainly', 'mostly', 'largely', 'partly', 'even', 'just',
    'particularly', 'especially', 'including', 'such',
  ],
  causal: [
    'because', 'due', 'led', 'leads', 'lead', 'result', 'resulted', 'results', 'caused', 'causes', 'drove', 'driven', 'pushed', 'rose', 'fell',
    'increased', 'decreased', 'doubled', 'halved', 'cut', 'raised', 'threatens', 'undermined', 'triggered', 'forced',
  ],
  reporting: ['said', 'says', 'say', 'told us', 'noted', 'argued', 'warned', 'added', 'explained', 'stressed'],
});
