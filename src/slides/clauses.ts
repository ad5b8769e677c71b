// Cuts a paragraph into slide bullets: whole clauses, connectors removed, each short enough to read at a glance.
import { comparableWord, words } from '../text/normalize.ts';
import { commaSegments, type Segment, sentences, splitAtWord } from '../text/segments.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface BulletOptions {
  /** How many bullets at most. */
  max: number;
  /** How many words a bullet may have. */
  maxWords: number;
  /** 'richest' keeps the clauses with the most content; 'first' keeps the paragraph's opening clauses. */
  pick: 'richest' | 'first';
}

export interface Bullets {
  bullets: string[];
  /** Bullets that had to be cut mid-phrase, for the user to check. */
  warnings: string[];
}

/** The fewest words a bullet may have: shorter clauses are asides that read badly alone. */
export const MIN_BULLET_WORDS = 4;

/** Up to `max` bullets from `texts`, in the order they appear there. */
export function bulletsFrom(texts: readonly string[], vocabulary: Vocabulary, options: BulletOptions): Bullets {
  const { bullets, warnings } = candidateBullets(texts, vocabulary, options.maxWords);
  return { bullets: pickBullets(bullets, options), warnings };
}

/** Every clause of `texts` that can stand as a bullet, in order. */
export function candidateBullets(texts: readonly string[], vocabulary: Vocabulary, maxWords: number): Bullets {
  const warnings: string[] = [];
  const bullets = texts
    .flatMap((text) => clausesOf(text, vocabulary))
    .flatMap((clause) => fitClause(clause, vocabulary, maxWords, warnings))
    .map((bullet) => tidyEnd(bullet, vocabulary))
    .filter((bullet, index, all) => words(bullet).length >= MIN_BULLET_WORDS && all.indexOf(bullet) === index);
  return { bullets, warnings };
}

/** `max` of `candidates`, chosen as `options.pick` says, kept in their order. */
export function pickBullets(candidates: readonly string[], options: BulletOptions): string[] {
  if (options.pick === 'first') return candidates.slice(0, options.max);
  const weight = (bullet: string): number => Math.min(words(bullet).length, options.maxWords);
  const richest = candidates
    .map((bullet, index) => ({ bullet, index }))
    .sort((a, b) => weight(b.bullet) - weight(a.bullet) || a.index - b.index)
    .slice(0, options.max);
  return richest.sort((a, b) => a.index - b.index).map(({ bullet }) => bullet);
}

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
  return kept?.[1] === undefined ? rest : rest.slice(kept[1].length);
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
): { head: string; tail: string; hard: boolean } {
  const all = words(text).map(comparableWord);
  if (all.length <= limit) return { head: text, tail: '', hard: false };
  for (const [tier, boundary] of vocabulary.boundaries.entries()) {
    for (let cut = Math.min(limit, all.length - 1); cut >= Math.min(minimums[tier] ?? limit, limit); cut--) {
      const before = all[cut - 1] ?? '';
      if (boundary.has(all[cut] ?? '') && !vocabulary.needsComplement.has(before)) {
        const [head, tail] = splitAtWord(text, cut);
        return { head, tail, hard: false };
      }
    }
  }
  const [head, tail] = splitAtWord(text, limit);
  return { head: `${head}…`, tail, hard: true };
}

// -- internal --

// The shortest head a cut may leave, per boundary tier: a clause word may end a short head, a preposition
// only a long one, since «… في» leaves less said.
const CLAUSE_MINIMUMS = [4, 5, 7] as const;

type Clause = Segment[];

/** Sentences, then comma segments; a segment continues the clause before it unless a connector opens it. */
function clausesOf(text: string, vocabulary: Vocabulary): Clause[] {
  const { opener, keptOpener, continuing } = vocabulary;
  const clauses: Clause[] = [];
  for (const sentence of sentences(text)) {
    commaSegments(sentence.text).forEach((segment, index) => {
      const opens = !continuing.test(segment.text) && (opener.test(segment.text) || keptOpener.test(segment.text));
      const current = clauses.at(-1);
      if (index === 0 || opens || current === undefined) clauses.push([segment]);
      else current.push(segment);
    });
  }
  return clauses;
}

/** One clause as a bullet: its main segment, then as many following segments as fit. */
function fitClause(clause: Clause, vocabulary: Vocabulary, maxWords: number, warnings: string[]): string[] {
  // A segment that is only a connector («وفي المحصلة،») leaves the clause to the segment after it.
  const start = clause.findIndex((segment) => stripLeading(segment.text, vocabulary) !== '');
  const [main, ...rest] = start === -1 ? [] : clause.slice(start);
  // «خاصةً بعد سنوات …» only adds to a clause that is not there: no bullet of its own.
  if (main === undefined || vocabulary.continuing.test(main.text)) return [];
  const opening = stripLeading(main.text, vocabulary);
  if (words(opening).length > maxWords) return splitLongSegment(opening, vocabulary, maxWords, warnings);
  let bullet = opening;
  let delimiter = main.delimiter;
  for (const [index, segment] of rest.entries()) {
    const room = maxWords - words(bullet).length;
    if (isSkippableAside(segment, rest.slice(index + 1), room, vocabulary)) continue;
    const { head, hard } = shorten(segment.text, room, vocabulary);
    if (hard || words(head).length < Math.min(3, words(segment.text).length)) break;
    bullet = `${bullet}${delimiter} ${head}`;
    if (head !== segment.text) break;
    delimiter = segment.delimiter;
  }
  return [bullet];
}

/**
 * An added «و…» aside may be left out when a later segment completes the clause and would no longer fit
 * with it: «أثار القرار، ومحاولة الهروب …، تساؤلات عديدة» keeps the verb's object.
 */
function isSkippableAside(segment: Segment, later: Segment[], room: number, vocabulary: Vocabulary): boolean {
  if (!isCoordinated(segment.text)) return false;
  const completion = later.find((s) => !isCoordinated(s.text) && !vocabulary.leading.test(s.text));
  if (completion === undefined) return false;
  return words(segment.text).length + words(completion.text).length > room && words(completion.text).length <= room;
}

function isCoordinated(text: string): boolean {
  return /^\u0648\p{L}/u.test(text) || /^and\s/iu.test(text);
}

/** A segment over the limit: its head, and its tail too when the tail opens a clause of its own. */
function splitLongSegment(text: string, vocabulary: Vocabulary, maxWords: number, warnings: string[]): string[] {
  const { head, tail, hard } = shorten(text, maxWords, vocabulary);
  if (hard) warnings.push(`shortened mid-phrase: «${head}»`);
  const tailOpensClause = vocabulary.opener.test(tail) || vocabulary.keptOpener.test(tail);
  if (!tailOpensClause) return [head];
  return [head, ...splitLongSegment(stripLeading(tail, vocabulary), vocabulary, maxWords, warnings)];
}

/** No trailing punctuation, and no dangling word that needs what was cut after it. */
function tidyEnd(bullet: string, vocabulary: Vocabulary): string {
  let text = bullet.replace(/[\s.,\u060C;\u061B:]+$/u, '');
  let last = words(text).at(-1);
  while (last !== undefined && words(text).length > 1 && vocabulary.needsComplement.has(comparableWord(last))) {
    text = text.slice(0, text.length - last.length).replace(/[\s.,\u060C;\u061B:]+$/u, '');
    last = words(text).at(-1);
  }
  return text;
}

