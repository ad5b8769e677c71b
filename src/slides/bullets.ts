// Turns a paragraph into slide bullets: the clauses that carry its point, each able to stand alone,
// connectors removed, short enough to read at a glance, chosen by what they say rather than their length.
import { comparableWord, words } from '../text/normalize.ts';
import type { Segment } from '../text/segments.ts';
import { type Clause, clausesOf } from './clauses.ts';
import { shorten, stripLeading, tidyEnd } from './phrases.ts';
import { isStandalone, repairClause } from './standalone.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface BulletOptions {
  /** How many bullets at most. */
  max: number;
  /** How many words a bullet may have. */
  maxWords: number;
}

export interface Candidate {
  text: string;
  /** How much the bullet says: numbers, names, causes and results, the point after a concession. */
  weight: number;
  /** Words were changed or moved (a case ending restored, a phrase moved behind the clause). */
  rebuilt: boolean;
  /** No phrase ended within the limit, so the bullet was cut mid-phrase and ends with «…». */
  shortened: boolean;
}

/** Up to `max` bullets from `texts`, the weightiest, in the order they appear there. */
export function bulletsFrom(texts: readonly string[], vocabulary: Vocabulary, options: BulletOptions): Candidate[] {
  return pickBullets(candidateBullets(texts, vocabulary, options.maxWords), options.max);
}

/** Every clause of `texts` that can stand as a bullet, in order. */
export function candidateBullets(texts: readonly string[], vocabulary: Vocabulary, maxWords: number): Candidate[] {
  const bullets: Candidate[] = [];
  for (const text of texts) {
    let previous: Candidate | undefined;
    for (const clause of clausesOf(text, vocabulary)) {
      if (clause.role === 'concession' || clause.role === 'circumstance') continue;
      if (clause.role === 'relative') {
        // "The consortium, which held the concession, withdrew …": the relative was an aside; its subject's verb follows it.
        if (previous !== undefined && completesSubject(previous, clause, vocabulary, maxWords)) continue;
        // A relative joins the bullet before it only when that bullet ends where the relative begins.
        if (previous !== undefined && !attachRelative(previous, clause, vocabulary, maxWords)) previous = undefined;
        continue;
      }
      const whole = clause.segments.map((s) => s.text).join(' ');
      // «… ولعل أبرز هذه المخاطر ما يلي:» only announces the list that follows; «، كما حدث في …» only compares.
      if (ANNOUNCES.test(whole) || (AS_IT.test(whole) && words(whole).length <= 7)) continue;
      const { made, complete } = fitClause(clause, vocabulary, maxWords);
      const standing = made.filter((bullet) => isStandalone(bullet.text, vocabulary));
      bullets.push(...standing);
      previous = complete && standing.length === made.length ? standing.at(-1) : undefined;
    }
  }
  return bullets.filter((bullet, index) => bullets.findIndex((other) => other.text === bullet.text) === index);
}

/** `max` of `candidates`, the weightiest (earlier ones first on a tie), kept in their order. */
export function pickBullets(candidates: readonly Candidate[], max: number): Candidate[] {
  return candidates
    .map((bullet, index) => ({ bullet, index }))
    .sort((a, b) => b.bullet.weight - a.bullet.weight || a.index - b.index)
    .slice(0, max)
    .sort((a, b) => a.index - b.index)
    .map(({ bullet }) => bullet);
}

// -- internal --

/** One clause as a bullet: its main segment, then as many following segments as fit; a long one split. */
function fitClause(clause: Clause, vocabulary: Vocabulary, maxWords: number): { made: Candidate[]; complete: boolean } {
  // A segment that is only a connector («وفي المحصلة،») leaves the clause to the segment after it.
  const start = clause.segments.findIndex((segment) => stripLeading(segment.text, vocabulary) !== '');
  const [main, ...rest] = start === -1 ? [] : clause.segments.slice(start);
  // «خاصةً بعد سنوات …» only adds to a clause that is not there: no bullet of its own.
  if (main === undefined || vocabulary.continuing.test(main.text)) return { made: [], complete: false };
  const accusative = vocabulary.accusative.test(main.text.replace(/^[\s\p{P}]+/u, ''));
  const opening = stripLeading(main.text, vocabulary);
  const make = (text: string, shortened: boolean): Candidate => {
    const repaired = repairClause(tidyEnd(text, vocabulary), accusative, vocabulary);
    return { text: capitalised(repaired.text), rebuilt: repaired.rebuilt, shortened, weight: weigh(repaired.text, clause, vocabulary, maxWords) };
  };
  if (words(opening).length > maxWords) return { made: splitLong(opening, vocabulary, maxWords).map(({ text, hard }) => make(text, hard)), complete: false };
  const joined = joinFitting(opening, main.delimiter, rest, vocabulary, maxWords);
  return { made: [make(joined.text, false)], complete: joined.complete };
}

/** The opening and as many of the clause's segments as fit; `complete` when every segment is in. */
function joinFitting(
  opening: string,
  firstDelimiter: string,
  rest: readonly Segment[],
  vocabulary: Vocabulary,
  maxWords: number,
): { text: string; complete: boolean } {
  let text = opening;
  let delimiter = firstDelimiter;
  for (const [index, segment] of rest.entries()) {
    const room = maxWords - words(text).length;
    if (isSkippableAside(segment, rest.slice(index + 1), room, vocabulary)) continue;
    const { head, hard } = shorten(segment.text, room, vocabulary);
    if (hard || words(head).length < Math.min(3, words(segment.text).length)) return { text, complete: false };
    text = `${text}${delimiter} ${head}`;
    if (head !== segment.text) return { text, complete: false };
    delimiter = segment.delimiter;
  }
  return { text, complete: true };
}

/** A segment over the limit: its head, and its tail too when the tail opens a clause of its own. */
function splitLong(text: string, vocabulary: Vocabulary, maxWords: number): { text: string; hard: boolean }[] {
  const { head, tail, hard } = shorten(text, maxWords, vocabulary);
  const tailOpensClause = vocabulary.opener.test(tail) || vocabulary.keptOpener.test(tail);
  if (!tailOpensClause || vocabulary.relative.test(tail)) return [{ text: head, hard }];
  return [{ text: head, hard }, ...splitLong(stripLeading(tail, vocabulary), vocabulary, maxWords)];
}

/**
 * «…، وهو ما أدى إلى …»: a relative clause says something about the bullet before it, so it joins it when
 * both fit; a result or cause («أدى», «بسبب») is worth shortening the bullet for.
 */
function attachRelative(previous: Candidate, clause: Clause, vocabulary: Vocabulary, maxWords: number): boolean {
  const text = tidyEnd(clause.segments.map((s) => s.text).join('، '), vocabulary);
  const comma = /\p{Script=Arabic}/u.test(text) ? '،' : ',';
  const join = (head: string, relative: string): string => `${tidyEnd(head, vocabulary)}${comma} ${tidyEnd(relative, vocabulary)}`;
  if (words(previous.text).length + words(text).length <= maxWords) {
    previous.text = join(previous.text, text);
    previous.weight += 0.2;
    return true;
  }
  // «مما …» always tells what followed from the clause before it: a result, worth keeping.
  if (!isCausal(text, vocabulary) && !/^[وف]?مما(?=\s)/u.test(comparableWord(text.split(/\s/u)[0] ?? '') + ' ')) return false;
  // A result or a cause is worth a shorter bullet: both cut where a clause or a relative begins, never mid-phrase.
  const relative = shorten(text, 10, vocabulary, undefined, 2);
  const kept = shorten(previous.text, maxWords - words(relative.head).length, vocabulary);
  if (relative.hard || kept.hard || words(kept.head).length < 5 || words(relative.head).length < 3) return false;
  previous.text = join(kept.head, relative.head);
  previous.weight += 0.8;
  return false;
}

/**
 * A bullet that is only a subject («The Meridian Rail Consortium»), interrupted by a relative aside, takes the
 * predicate that follows the aside: "The Meridian Rail Consortium withdrew from two tenders …".
 */
function completesSubject(previous: Candidate, clause: Clause, vocabulary: Vocabulary, maxWords: number): boolean {
  const [, ...predicate] = clause.segments;
  const first = predicate[0];
  if (first === undefined || words(previous.text).length > 5 || vocabulary.opener.test(first.text)) return false;
  const text = predicate.map((s) => s.text).join(`${first.delimiter} `);
  const { head, hard } = shorten(text, maxWords - words(previous.text).length, vocabulary);
  if (hard || words(head).length < 2) return false;
  previous.text = `${previous.text} ${tidyEnd(head, vocabulary)}`;
  return true;
}

/**
 * An added «و…» aside may be left out when a later segment completes the clause and would no longer fit
 * with it: «أثار القرار، ومحاولة الهروب …، تساؤلات عديدة» keeps the verb's object.
 */
function isSkippableAside(segment: Segment, later: readonly Segment[], room: number, vocabulary: Vocabulary): boolean {
  if (!isCoordinated(segment.text)) return false;
  const completion = later.find((s) => !isCoordinated(s.text) && !vocabulary.leading.test(s.text));
  if (completion === undefined) return false;
  return words(segment.text).length + words(completion.text).length > room && words(completion.text).length <= room;
}

function isCoordinated(text: string): boolean {
  return /^\u0648\p{L}/u.test(text) || /^and\s/iu.test(text);
}

/** What a bullet is worth: its length counts a little; numbers, names, causes and the point after a concession more. */
function weigh(text: string, clause: Clause, vocabulary: Vocabulary, maxWords: number): number {
  let weight = Math.min(words(text).length, maxWords) / maxWords;
  if (NUMBER.test(text)) weight += 1;
  if (namesSomeone(text)) weight += 0.6;
  if (isCausal(text, vocabulary)) weight += 0.8;
  if (clause.afterConcession) weight += 1;
  if (clause.opensSentence) weight += 0.2;
  if (clause.role === 'caveat') weight -= 2;
  return weight;
}

function isCausal(text: string, vocabulary: Vocabulary): boolean {
  return words(text).some((word) => {
    const plain = comparableWord(word);
    return vocabulary.causal.has(plain) || vocabulary.causal.has(plain.replace(/^[وف]/u, ''));
  });
}

/** An English bullet starts with a capital, like the sentence it stands for. */
function capitalised(text: string): string {
  return /^\p{Ll}/u.test(text) ? `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}` : text;
}

const ANNOUNCES = /(?:فيما يلي|في ما يلي|ما يلي|في الاتي|في الآتي|كالتالي|كما يلي|النحو التالي|as follows|the following)\s*[:.]?$/iu;

const AS_IT = /^[وف]?كما\s/u;

const NUMBER = /[0-9\u0660-\u0669%\u066A]|(?:^|\s)(?:[وب]?(?:مليون|مليار|الف|آلاف|ألف|نصف|ثلث|ربع|ضعف)|بالمئة|بالمائة|million|billion|thousand|percent|half|third|quarter|twice|double)(?=$|[\s\p{P}])/iu;
const QUOTED = /[“”«»"][^“”«»"]{2,}[“”«»"]/u;

/** A quoted name, a Latin name inside Arabic text, or a capitalised word inside an English sentence. */
function namesSomeone(text: string): boolean {
  if (QUOTED.test(text)) return true;
  return /\p{Script=Arabic}/u.test(text) ? /\p{Script=Latin}{2,}/u.test(text) : /\S\s+\p{Lu}/u.test(text);
}
