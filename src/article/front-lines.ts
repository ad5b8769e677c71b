// What the lines around an article's title are: a byline, a date, a dateline, a publisher, a category label.
import { comparable, words } from '../text/normalize.ts';

/** The names of a byline («بقلم: د. سامي يوسف», «By Jane Okafor»), or undefined. */
export function bylineName(line: string): string | undefined {
  const text = line.trim();
  const name = (BYLINE_COLON.exec(text) ?? BYLINE_FREE.exec(text))?.[1]?.trim().replace(/[\s،,;:]+$/u, '');
  if (name !== undefined && isName(name)) return name;
  if (TITLED_NAME.test(text) && words(text).length <= 6 && !/[0-9\u0660-\u0669]/u.test(text)) return text;
  return undefined;
}

/** A line that holds a date and little else: «الأحد 12 مارس 2024», «2024/03/12», «Published: March 3, 2025». */
export function isDateLine(line: string): boolean {
  const bare = comparable(line).replace(DATE_LABEL, '');
  const tokens = bare.split(/[\s,،/.\-–—|()]+/u).filter(Boolean).map((token) => token.replace(/^و(?=\S)/u, ''));
  if (tokens.length === 0 || tokens.length > 10 || !hasDate(line)) return false;
  const datish = tokens.filter((token) => DATE_TOKEN.test(token) || MONTHS.has(token) || WEEKDAYS.has(token) || FILLER.has(token));
  return datish.length / tokens.length >= 0.7;
}

/** The date written in `line`, if it has one: a day and month, a month and year, or a numeric date. */
export function hasDate(line: string): boolean {
  const plain = comparable(line);
  if (NUMERIC_DATE.test(plain)) return true;
  const tokens = plain.split(/[\s,،/.\-–—|()]+/u);
  return tokens.some((token) => MONTHS.has(token)) && /[0-9\u0660-\u0669]/u.test(plain);
}

/**
 * A news dateline: a city and date with an agency or byline, pieces split by «/» or « - »
 * («بيروت في 14 نيسان/ أبريل/ وكالة الأنباء العربية/ تقرير: سمير حداد»). Its pieces, or undefined.
 */
export function datelinePieces(line: string): { date?: string; agency?: string; author?: string } | undefined {
  if (words(line).length > 28 || /[.!؟?]$/u.test(line) || !hasDate(line)) return undefined;
  const pieces = line.split(/\s*\/\s*|\s+[-–—]\s+|\s*[()]\s*/u).map((p) => p.trim()).filter(Boolean);
  const agency = pieces.find((piece) => AGENCY.test(comparable(piece)));
  const author = pieces.map(bylineName).find((name) => name !== undefined);
  if (agency === undefined && author === undefined) return undefined;
  const datePieces = pieces.filter((piece) => piece !== agency && bylineName(piece) === undefined);
  return { date: datePieces.join('/ '), ...(agency === undefined ? {} : { agency }), ...(author === undefined ? {} : { author }) };
}

/** A line naming an institution or publication: «مركز المستقبل للدراسات المتقدمة», "Gulf Studies Institute". */
export function isPublisherLine(line: string): boolean {
  const text = publisherName(line);
  if (words(text).length > 12 || /[.!?؟:：،,]$/u.test(text) || text === '') return false;
  const plain = comparable(text);
  return INSTITUTION_START.test(plain) || INSTITUTION_INSIDE.test(plain) || isEnglishInstitution(text);
}

/** The name in a source line, without «المصدر:», «نشر في» or «Source:». */
export function publisherName(line: string): string {
  return line.replace(SOURCE_LABEL, '').trim();
}

/** A line that says where the text comes from: «المصدر: …», «Source: …», «نُشر في …». */
export function isSourceLabelLine(line: string): boolean {
  return SOURCE_LABEL.test(line) && words(line).length <= 16;
}

/** A category label standing alone above a title: «تقدير موقف», «تحليلات», "Analysis". */
export function isCategoryLine(line: string): boolean {
  return CATEGORIES.has(comparable(line).replace(/[\s:：|\-–—]+$/u, ''));
}

/** «باحث في أمن البنى التحتية», "Senior Fellow, Gulf Institute": a line on who the author is, under a byline. */
export function isAffiliationLine(line: string): boolean {
  return words(line).length <= 14 && !/[.!?؟:]$/u.test(line) && AFFILIATION.test(comparable(line));
}

const AFFILIATION = /^(?:[وف]?(?:باحث|باحثه|استاذ|استاذه|خبير|خبيره|مدير|مديره|رئيس|رئيسه|كاتب|كاتبه|محلل|محلله|اكاديمي|اكاديميه|صحفي|صحفيه|مستشار|مستشاره|زميل|زميله|محاضر)|senior fellow|fellow|research(?:er| fellow)|professor|director|analyst|lecturer|associate)(?=$|[\s,،])/u;

/** A line mostly in Latin letters inside an Arabic-script article: a translation of the title, a site name. */
export function isLatinLine(line: string): boolean {
  const latin = line.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const arabic = line.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  return latin > 3 && latin > arabic * 3;
}

/** A name after «©» and its year: «© 2024 مركز الدراسات الإقليمية». */
export function copyrightHolder(line: string): string | undefined {
  const match = /(?:©|\(c\)|copyright)\s*(?:[0-9\u0660-\u0669]{4}(?:\s*[-–]\s*[0-9\u0660-\u0669]{4})?)?\s*[,،-]?\s*([^.|،,]+?)\s*(?:[.|،,]|جميع الحقوق|all rights|$)/iu.exec(line);
  const name = match?.[1]?.trim();
  return name !== undefined && name !== '' && isPublisherLine(name) ? name : undefined;
}

// -- internal --

const BYLINE_COLON = /^(?:بقلم|إعداد|اعداد|تقرير|كتب|كتبت|كتبه|كتابة|تحرير|الكاتب|الكاتبة|المؤلف|تأليف|الباحث|authors?|written by|by)\s*[:：\-–—]\s*(.+)$/iu;
const BYLINE_FREE = /^(?:بقلم|إعداد|اعداد|by|written by)\s+(.+)$/iu;

/** A person's name or names: no digits, no sentence, and in Latin letters every word capitalised. */
function isName(text: string): boolean {
  const all = words(text);
  if (all.length === 0 || all.length > 12 || /[0-9\u0660-\u0669]/u.test(text) || /[!?؟]$/u.test(text)) return false;
  if (!/\p{Script=Latin}/u.test(text)) return !/[.]$/u.test(text) || /(?:^|\s)\S{1,2}\.$/u.test(text);
  return all.every((word) => /^[\p{Lu}(]/u.test(word) || /^(?:and|of|al|bin|de|van|von|la|le|&|,)$/u.test(word.replace(/,$/u, '')));
}
const TITLED_NAME = /^(?:د\.|أ\.د\.|أ\.|م\.|الدكتور|الدكتورة|الباحث|الباحثة|dr\.|prof\.|professor)\s*\S+/iu;

const DATE_LABEL = /^(?:تاريخ النشر|نشر في|نشر بتاريخ|اخر تحديث|تاريخ|published|updated|posted|last updated|date)\s*[:：]?\s*/u;
const NUMERIC_DATE = /(?:^|\D)[0-9\u0660-\u0669]{1,4}\s*[/.\-]\s*[0-9\u0660-\u0669]{1,2}\s*[/.\-]\s*[0-9\u0660-\u0669]{2,4}(?:\D|$)/u;
const DATE_TOKEN = /^(?:[0-9\u0660-\u0669]{1,4}(?:st|nd|rd|th)?|[0-9\u0660-\u0669]{1,2}:[0-9\u0660-\u0669]{2}|[0-9\u0660-\u0669]{1,4}(?:هـ|ه|م)|هـ|ه|م|ص|ad|am|pm|gmt)$/u;

const MONTHS = new Set(
  [
    'يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'اغسطس', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
    'كانون', 'شباط', 'اذار', 'نيسان', 'ايار', 'حزيران', 'تموز', 'اب', 'ايلول', 'تشرين', 'جانفي', 'فيفري', 'افريل', 'ماي', 'جوان', 'جويليه', 'اوت',
    'محرم', 'صفر', 'ربيع', 'جمادي', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو', 'ذي', 'القعده', 'الحجه',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ].map(comparable),
);
const WEEKDAYS = new Set(
  ['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map(
    comparable,
  ),
);
const FILLER = new Set(['في', 'الموافق', 'من', 'الاول', 'الثاني', 'الاخر', 'الاولي', 'الاخره', 'الثانيه', 'on', 'the', 'of'].map(comparable));

const AGENCY = /وكاله|رويترز|فرانس برس|ا ف ب|اسوشيتد|الاناضول|\b(?:afp|reuters|ap|associated press|anadolu|xinhua|news agency)\b|^(?:وام|واس|قنا|كونا|بترا|سبا|سانا|واج|ومع|مينا)$/iu;

const SOURCE_LABEL = /^(?:المصدر|مصدر المقال|نشر في|نُشر في|نشر هذا المقال في|نُشر هذا المقال في|نشرت في|source|originally published (?:in|by)|published by|this article (?:was )?(?:first )?(?:appeared|published) in)\s*[:：]?\s*/iu;

const INSTITUTION_START = /^(?:ال)?(?:مركز|معهد|مؤسسه|وحده|مجله|صحيفه|جريده|موقع|وكاله|مرصد|منتدي|اكاديميه|جامعه|مجلس|رابطه|شبكه|هيئه|منظمه|دار|بيت|مبادره|برنامج|كرسي)(?=$|\s)/u;
const INSTITUTION_INSIDE = /(?:^|\s)(?:لل|و?ال)(?:دراسات|بحوث|ابحاث|استشارات|تفكير)(?=$|\s)/u;
const ENGLISH_INSTITUTION = /\b(?:institute|institution|center|centre|council|foundation|forum|review|journal|times|post|agency|university|initiative|observatory|programme|program|studies|research|network|tribune|gazette|monitor|policy|affairs|endowment|fund|bank|school|college|brief)\b/iu;

function isEnglishInstitution(text: string): boolean {
  const all = words(text);
  const capitalised = all.filter((word) => /^[A-Z0-9&(]/u.test(word) || /^(?:of|for|and|the|on|in|de)$/u.test(word));
  return ENGLISH_INSTITUTION.test(text) && capitalised.length === all.length && all.length >= 2;
}

const CATEGORIES = new Set(
  [
    'تقدير موقف', 'تقديرات', 'تحليل', 'تحليلات', 'تحليل سياسات', 'راي', 'اراء', 'مقال راي', 'مقالات', 'مقال', 'دراسه', 'دراسات', 'ورقه سياسات',
    'ورقه تحليليه', 'ورقه بحثيه', 'اوراق', 'رصد', 'رصد اسبوعي', 'قراءه', 'قراءات', 'تقرير', 'تقارير', 'متابعات', 'ملف', 'ملفات', 'قضايا',
    'قضايا وتحليلات', 'وجهه نظر', 'رؤي', 'تقدير استراتيجي', 'اتجاهات', 'تقارير وتحليلات', 'تحليلات وتقارير', 'مقالات الراي', 'ملخصات',
    'analysis', 'commentary', 'report', 'brief', 'policy brief', 'issue brief', 'op-ed', 'opinion', 'perspective', 'insight', 'insights',
    'explainer', 'feature', 'essay', 'briefing', 'dispatch', 'in focus', 'long read', 'research', 'policy paper', 'working paper',
  ].map(comparable),
);
