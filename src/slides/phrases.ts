// Where a phrase may start and end: connectors stripped from a clause's start, cuts made where a phrase ends.
import { comparableWord, words } from '../text/normalize.ts';
import { splitAtWord } from '../text/segments.ts';
import type { Vocabulary } from './vocabulary.ts';

/** `text` without the connectors and linking words it opens with («فقد تصاعدت» → «تصاعدت»). */
export function stripLeading(text: string, vocabulary: Vocabulary): string {
  const { leading, prefixedKeptOpener } = vocabulary;
  let rest = text.replace(/^[\s\p{P}]+/u, '');
  for (let pass = 0; pass < 4; pass++) {
    const next = rest.replace(leading, '').replace(/^[\s\p{P}]+/u, '');
    if (next === rest) break;
    rest = next;
  }
  const kept = prefixedKeptOpener.exec(rest);
  if (kept?.[1] !== undefined) return rest.slice(kept[1].length);
  return withoutConjunction(rest);
}

/**
 * «ويعكس هذا التقدم …» → «يعكس هذا التقدم …», «والتوترات» → «التوترات»: a «و» glued to a verb or to «ال»
 * at a clause's start is «and». Words that begin with «و» themselves («وزارة», «وتيرة») keep it.
 */
export function withoutConjunction(text: string): string {
  const match = /^\u0648([\u064B-\u065F]*)(\S+)/u.exec(text);
  if (match?.[2] === undefined) return text;
  const word = comparableWord(`\u0648${match[2]}`);
  if (OWN_WAW.has(word) || OWN_WAW.has(word.replace(/^و?ال/u, 'و')) || [...match[2]].length < 3) return text;
  // A verb in the present («ويعكس») or «ال». Not a past verb: too many of them begin with «و» («وجدت», «وقّعت»).
  return /^(?:[\u064A\u062A\u0646\u0623]|\u0627\u0644)/u.test(match[2]) ? text.slice(1 + (match[1]?.length ?? 0)) : text;
}

/**
 * The longest head of `text` within `limit` words that ends where a phrase ends, and the tail after it.
 * Falls back to a hard cut (marked with «…») only when the text has no usable boundary.
 */
export function shorten(
  text: string,
  limit: number,
  vocabulary: Vocabulary,
  minimums: readonly number[] = CLAUSE_MINIMUMS,
  tiers: number = vocabulary.boundaries.length,
): { head: string; tail: string; hard: boolean } {
  const all = words(text).map(comparableWord);
  if (all.length <= limit) return { head: text, tail: '', hard: false };
  for (const [tier, boundary] of vocabulary.boundaries.slice(0, tiers).entries()) {
    for (let cut = Math.min(limit, all.length - 1); cut >= Math.min(minimums[tier] ?? limit, limit); cut--) {
      if (boundary.has(all[cut] ?? '') && endsPhrase(all, cut, vocabulary)) {
        const [head, tail] = splitAtWord(text, cut);
        return { head, tail, hard: false };
      }
    }
  }
  const [head, tail] = splitAtWord(text, limit);
  return { head: `${head}…`, tail, hard: true };
}

/** No trailing punctuation, and no dangling word that needs what was cut after it. */
export function tidyEnd(text: string, vocabulary: Vocabulary): string {
  let result = text.replace(/[\s.,\u060C;\u061B:\uFF1A\-\u2013\u2014]+$/u, '');
  let last = words(result).at(-1);
  while (last !== undefined && words(result).length > 1 && needsMore(comparableWord(last), vocabulary)) {
    result = result.slice(0, result.length - last.length).replace(/[\s.,\u060C;\u061B:\uFF1A\-\u2013\u2014]+$/u, '');
    last = words(result).at(-1);
  }
  return result;
}

/**
 * A phrase may end before word `cut` unless the word before it needs a complement («العديد» of «العديد من»)
 * or is a noun in a construct whose second noun follows («ضعف شبكات | النقل»).
 */
export function endsPhrase(plainWords: readonly string[], cut: number, vocabulary: Vocabulary): boolean {
  const before = plainWords[cut - 1] ?? '';
  if (needsMore(before, vocabulary)) return false;
  // «… أن 70% | من المشروعات لم تتجاوز»: a clause after «أنّ» needs its predicate.
  if (plainWords.slice(Math.max(0, cut - 5), cut).some((word) => /^[وفب]?ان(?:ه|ها|هم)?$|^that$/u.test(word))) return false;
  const after = plainWords[cut] ?? '';
  const construct = /^\p{Script=Arabic}/u.test(before) && !/^(?:ال|وال|بال|لل|فال)/u.test(before) && /^ال/u.test(after);
  return !construct;
}

// -- internal --

/** «العديد», «بأكثر», «وأدى»: a word (with or without a prefix letter) that needs the words after it. */
function needsMore(plain: string, vocabulary: Vocabulary): boolean {
  return vocabulary.needsComplement.has(plain) || (/^[وفبل]\S{2,}/u.test(plain) && vocabulary.needsComplement.has(plain.slice(1)));
}

// Words of their own that begin with «و» followed by a letter a verb or «ال» could begin with.
const OWN_WAW = new Set(
  ['وتيره', 'وتر', 'وتد', 'وتيرتها', 'ويلات', 'ويل', 'ويكي', 'وئام', 'وثيقه', 'وتائر', 'ونيس', 'واتساب', 'واشنطن', 'والي', 'والد', 'والده', 'والدي'].map(comparableWord),
);

// The shortest head a cut may leave, per boundary tier: a clause word may end a short head, a preposition
// only a long one, since «… في» leaves less said.
const CLAUSE_MINIMUMS = [4, 5, 7] as const;
