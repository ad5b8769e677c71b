// A point's headline: its own head phrase, complete, at most a few words, never ending where a phrase goes on.
import { comparableWord, words } from '../text/normalize.ts';
import { commaSegments, sentences, splitAtWord } from '../text/segments.ts';
import { endsPhrase, shorten, stripLeading, tidyEnd } from './phrases.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface Headline {
  headline: string;
  /** The text the bullets come from: what follows the head, or the whole text when the head was cut. */
  rest: string;
  /** The head phrase was longer than the limit and was cut where a phrase ends. */
  shortened: boolean;
  /**
   * `rest` reads on its own: the body after «head:», or a clause a connector opens («…، إذ يتمثل …»).
   * Otherwise it only continues the headline's clause («…، مستفيدةً من …», «…، والتي …»).
   */
  restStands: boolean;
}

/** The head of `text`: the words before its colon («الهيكل: …»), else its opening phrase before a comma or connector. */
export function headlineOf(text: string, vocabulary: Vocabulary, maxWords: number): Headline {
  const labelled = LABELLED.exec(text);
  if (labelled?.[1] !== undefined && labelled[2] !== undefined && words(labelled[1]).length <= LABEL_WORDS) {
    const { headline, shortened } = fit(labelled[1], vocabulary, maxWords);
    return { headline, rest: labelled[2].trim(), shortened, restStands: true };
  }
  const firstSentence = sentences(text)[0]?.text ?? text;
  const segments = commaSegments(firstSentence).map((segment) => segment.text);
  // Past a segment that is only a connector («في المقابل،») to the phrase that says something.
  const firstSegment = segments.find((segment) => stripLeading(segment, vocabulary) !== '') ?? firstSentence;
  const phrase = beforeConnector(stripLeading(firstSegment, vocabulary), vocabulary);
  const { headline, shortened } = fit(phrase, vocabulary, maxWords);
  const phraseStart = Math.max(0, text.indexOf(phrase));
  const rest = (shortened ? text.slice(phraseStart) : text.slice(phraseStart + phrase.length)).replace(/^[\s.,\u060C;\u061B:\uFF1A\-\u2013\u2014]+/u, '');
  const { opener, keptOpener, relative } = vocabulary;
  const restStands = !shortened && rest !== '' && (opener.test(rest) || keptOpener.test(rest)) && !relative.test(rest);
  return { headline, rest, shortened, restStands };
}

/**
 * What a sentence that announces a list names: «ويمكن إجمال أبرز هذه التحديات فيما يلي:» → «التحديات»,
 * «أما أهم أسباب هذا التعثر فتتمثل في الآتي:» → «أسباب هذا التعثر». Undefined when it names nothing plainly.
 */
export function announcedTopic(sentence: string): string | undefined {
  const topics = [TOPIC.exec(sentence)?.[1], DEMONSTRATIVE_TOPIC.exec(sentence)?.[1]].map((topic) => topic?.trim());
  // «أبرز ما جاء فيها» names nothing: a topic is a noun, not «ما» or «من».
  const topic = topics.find((t) => t !== undefined && words(t).length <= 5 && !/^(?:ما|من|في|الذي|التي|what|which|of)$/iu.test(words(t)[0] ?? ''));
  return topic === undefined ? undefined : capitalised(topic.replace(/^(?:the)\s+/iu, ''));
}

// -- internal --

/** «head: body», «head – body»: a head of a few words before a colon or a spaced dash. */
const LABELLED = /^([^:\uFF1A\u2013\u2014\u060C,.]+?)\s*(?:[:\uFF1A]|\s[-\u2013\u2014]\s)\s*(\S[\s\S]*)$/u;
const LABEL_WORDS = 14;

const END = '(?=$|[\\s\\p{P}])';
const STOP_WORDS = '[فو]?(?:فيما|في|ما|تتمثل|تتلخص|تتركز|يمكن|هي|هو|على|التي|كما|نذكر|منها|ابرزها|اهمها|تشمل|تتضمن)|are|is|include|as';
const TOPIC_STOP = `(?=\\s+(?:${STOP_WORDS})${END}|\\s*[:\\uFF1A\\u060C,])`;
const TOPIC = new RegExp(
  `(?:^|\\s)[وف]?(?:أهم|اهم|أبرز|ابرز|أخطر|اخطر|أكثر|اكثر|main|key|major|principal)\\s+(?:(?:هذه|هذا|تلك|ذلك|هؤلاء)\\s+)?` +
    `(\\S+(?:\\s+(?!(?:${STOP_WORDS})${END})\\S+){0,4}?)${TOPIC_STOP}`,
  'iu',
);
const DEMONSTRATIVE_TOPIC = new RegExp(`(?:^|\\s)(?:هذه|هذا|تلك)\\s+(\\S+)${TOPIC_STOP}`, 'u');

// A headline may be as short as two words («صدمة الواقع»).
const HEADLINE_MINIMUMS = [2, 2, 2] as const;

function fit(phrase: string, vocabulary: Vocabulary, maxWords: number): { headline: string; shortened: boolean } {
  const clean = unwrap(phrase);
  if (words(clean).length <= maxWords) return { headline: capitalised(tidyEnd(clean, vocabulary)), shortened: false };
  const { head, hard } = shorten(clean, maxWords, vocabulary, HEADLINE_MINIMUMS);
  const cut = hard ? phraseEndCut(clean, maxWords, vocabulary) : head;
  return { headline: capitalised(tidyEnd(cut, vocabulary)), shortened: true };
}

/** Without a trailing «(…)» aside and without quotes around the whole phrase. */
function unwrap(phrase: string): string {
  const trimmed = phrase.trim().replace(/[\s.\u060C,;\u061B:\uFF1A]+$/u, '');
  const withoutAside = trimmed.replace(/\s*\([^()]*\)$/u, '');
  const text = words(withoutAside).length >= 2 ? withoutAside : trimmed;
  const quoted = /^[«“"]([^«»“”"]+)[»”"]$/u.exec(text);
  return quoted?.[1] ?? text;
}

/** The longest head within the limit that ends where a phrase may end, when no connector or preposition helps. */
function phraseEndCut(text: string, maxWords: number, vocabulary: Vocabulary): string {
  const all = words(text).map(comparableWord);
  for (let cut = Math.min(maxWords, all.length - 1); cut >= 2; cut--) {
    if (endsPhrase(all, cut, vocabulary) && !vocabulary.dependentStarts.has(all[cut - 1] ?? '')) return splitAtWord(text, cut)[0];
  }
  return splitAtWord(text, maxWords)[0];
}

/** The phrase up to the first connector inside it («… إذ يتمثل» ends before «إذ»). */
function beforeConnector(phrase: string, vocabulary: Vocabulary): string {
  const all = words(phrase);
  for (let index = 2; index < all.length; index++) {
    if (vocabulary.headBreak.test(all.slice(index).join(' '))) return splitAtWord(phrase, index)[0];
  }
  return phrase;
}

function capitalised(text: string): string {
  return /^\p{Ll}/u.test(text) ? `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}` : text;
}
