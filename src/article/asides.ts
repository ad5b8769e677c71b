// Lines a web page or a printed report adds around an article: navigation, share and print labels,
// captions, contents, references. They are never slides, but the speaker keeps them in the notes.
import { comparable, words } from '../text/normalize.ts';
import type { AsideKind } from './model.ts';

/** What kind of non-prose line `line` is, or undefined for the article's own text. */
export function asideKind(line: string): AsideKind | undefined {
  const plain = comparable(line);
  if (isNavigation(line, plain)) return 'navigation';
  if (CAPTION.test(plain)) return 'caption';
  if (isContentsEntry(line, plain)) return 'contents';
  if (isReference(line, plain)) return 'reference';
  if (isLabel(plain)) return 'label';
  return undefined;
}

/** A heading after which everything is apparatus: references, notes, an author's bio, related pieces. */
export function isBackMatterHeading(line: string): boolean {
  const plain = comparable(line).replace(/[\s:：.\-–—]+$/u, '');
  return BACK_MATTER_HEADINGS.has(plain);
}

/** A copyright or «all rights reserved» line. */
export function isCopyright(line: string): boolean {
  return /©|\(c\)\s*\d{4}/iu.test(line) || /جميع الحقوق محفوظه|حقوق النشر|all rights reserved|copyright/iu.test(comparable(line));
}

// -- internal --

const SOCIAL = 'فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تيليجرام|تلغرام|تليجرام|لينكد ان|لينكدان|انستغرام|انستجرام|يوتيوب|بريد الكتروني|البريد الالكتروني|facebook|twitter|whatsapp|telegram|linkedin|instagram|youtube|email|e-mail|x|reddit|messenger|print|pdf';
const SOCIAL_ONLY = new RegExp(`^(?:(?:${SOCIAL})[\\s|,،/•·]*)+$`, 'u');

const LABELS = [
  'شارك', 'شارك المقال', 'شارك الخبر', 'مشاركه', 'مشاركه المقال', 'انشر', 'طباعه', 'نسخه للطباعه', 'اطبع', 'نسخه قابله للطباعه',
  'تكبير الخط', 'تصغير الخط', 'حجم الخط', 'تحميل', 'تحميل الملف', 'تحميل pdf', 'حفظ', 'ارسال', 'ارسل لصديق', 'نسخ الرابط', 'اعلان',
  'التعليقات', 'اضف تعليق', 'اضف تعليقا', 'اترك تعليقا', 'اشترك', 'اشترك في النشره البريديه', 'تابعونا', 'تابعنا', 'المزيد', 'عاجل',
  'share', 'share this', 'share this article', 'tweet', 'print', 'print this page', 'download', 'download pdf', 'save', 'advertisement',
  'comments', 'leave a comment', 'subscribe', 'sign up', 'follow us', 'read more', 'more', 'listen', 'listen to this article', 'a+ a-', 'a- a+', 'a+', 'a-',
].map(comparable);

const LABEL_PREFIXES = /^(?:اقرا ايضا|اقرا المزيد|اقرا كذلك|مواضيع ذات صله|مقالات ذات صله|موضوعات ذات صله|اخبار ذات صله|ذات صله|الوسوم|وسوم|كلمات مفتاحيه|الكلمات المفتاحيه|التصنيف|التصنيفات|القسم|read also|read more|related|see also|tags|keywords|topics|filed under|categories)\s*[:：\-–—]/u;

const READING_TIME = /^(?:قراءه في \d+|\d+ دقائق? (?:للقراءه|قراءه)|مده القراءه|وقت القراءه|\d+ min(?:ute)?s? read|reading time)/u;

const CAPTION = new RegExp(
  '^\\(?\\s*(?:صوره|الصوره|تصوير|photo|image|picture|credit|photograph)(?:\\s+ارشيفيه)?\\s*[:：\\-–—)]' +
    '|^\\([^()]{0,100}(?:صوره|ارشيفيه|تصوير|photo|getty|reuters|afp|رويترز|فرانس برس|اسوشيتد)[^()]{0,100}\\)[.]?$',
  'u',
);

const NAV_WORDS = /^(?:الرئيسيه|الصفحه الرئيسيه|من نحن|اتصل بنا|home|about|about us|contact|contact us)$/u;

const BACK_MATTER_HEADINGS = new Set(
  [
    'المراجع', 'المصادر', 'المصادر والمراجع', 'قائمه المراجع', 'الهوامش', 'هوامش', 'الحواشي', 'الاحالات', 'المراجع والهوامش',
    'عن الكاتب', 'عن الكاتبه', 'عن المؤلف', 'عن المؤلفين', 'نبذه عن الكاتب', 'مواضيع ذات صله', 'مقالات ذات صله', 'اقرا ايضا',
    'references', 'notes', 'endnotes', 'footnotes', 'sources', 'bibliography', 'works cited', 'about the author', 'about the authors',
    'related', 'related articles', 'read more', 'further reading',
  ].map(comparable),
);

function isNavigation(line: string, plain: string): boolean {
  const parts = line.split(/\s*[|»›>]\s*|\s+[/•·]\s+/u).filter((part) => part.trim() !== '');
  if (parts.length >= 3 && parts.every((part) => words(part).length <= 4)) return true;
  return NAV_WORDS.test(plain) || SOCIAL_ONLY.test(plain.replace(/[:：]/gu, ''));
}

function isContentsEntry(line: string, plain: string): boolean {
  if (/^(?:المحتويات|فهرس المحتويات|الفهرس|contents|table of contents)\s*[:：]?$/u.test(plain)) return true;
  // «مقدمة ........ 3»: dot leaders before a page number.
  return /(?:\.{4,}|…{2,}|_{4,})\s*[0-9\u0660-\u0669]{1,4}$/u.test(line);
}

function isReference(line: string, plain: string): boolean {
  if (/^\[[0-9\u0660-\u0669]{1,3}\]/u.test(line)) return true;
  if (/^\S+@\S+\.\S+$/u.test(line)) return true;
  // A web address with a few labels around it: a page's header or footer, not prose.
  const address = /(?:https?:\/\/|www\.)\S+/iu.exec(line);
  if (address !== null && words(line.replace(address[0], '')).length <= 4) return true;
  if (/\bisbn\b/u.test(plain)) return true;
  // A catalogue entry: a page range or a «pp.» reference with a year.
  const pages = /(?:^|\s)(?:ص|ص\.|صص|pp?\.)\s*[0-9\u0660-\u0669]+(?:\s*[-–]\s*[0-9\u0660-\u0669]+)?/u.test(plain);
  return pages && /(?:1[89]|20)[0-9]{2}|[\u0661\u0662][\u0660-\u0669]{3}/u.test(line);
}

function isLabel(plain: string): boolean {
  const bare = plain.replace(/[\s:：|•·\-–—]+$/u, '');
  return LABELS.includes(bare) || LABEL_PREFIXES.test(plain) || READING_TIME.test(plain) || isCopyright(plain);
}
