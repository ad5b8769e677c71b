// A point's headline: its own opening phrase, the words before the first comma or connector.
import { words } from '../text/normalize.ts';
import { commaSegments, sentences, splitAtWord } from '../text/segments.ts';
import { shorten, stripLeading } from './clauses.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface Headline {
  headline: string;
  /** The text after the headline, for the bullets. */
  rest: string;
  /** The opening phrase had no natural end within the limit and was cut. */
  hard: boolean;
}

/** The opening phrase of `text` in at most `maxWords` words: «المعاملة التفضيلية للمقاتلين الأجانب، إذ …». */
export function headlineOf(text: string, vocabulary: Vocabulary, maxWords: number): Headline {
  const firstSentence = sentences(text)[0]?.text ?? text;
  const segments = commaSegments(firstSentence).map((segment) => segment.text);
  // Past a segment that is only a connector («في المقابل،») to the phrase that says something.
  const firstSegment = segments.find((segment) => stripLeading(segment, vocabulary) !== '') ?? firstSentence;
  const phrase = beforeConnector(stripLeading(firstSegment, vocabulary), vocabulary);
  const { head, hard } = shorten(phrase, maxWords, vocabulary, HEADLINE_MINIMUMS);
  const headline = head.replace(/[\s:\uFF1A\-\u2013\u2014]+$/u, '');
  return { headline, rest: restAfter(text, firstSegment, phrase, headline), hard };
}

// -- internal --

// A headline may be as short as two words («صدمة الواقع»).
const HEADLINE_MINIMUMS = [2, 2, 2] as const;

/**
 * The bullets' text: what follows the opening phrase. When the headline had to cut its phrase short, the
 * phrase's leftover words are a fragment, so the bullets start after the whole first segment instead.
 */
function restAfter(text: string, firstSegment: string, phrase: string, headline: string): string {
  const segmentEnd = text.indexOf(firstSegment) + firstSegment.length;
  const afterSegment = text.slice(segmentEnd).replace(/^[\s\p{P}]+/u, '');
  if (headline !== phrase && afterSegment !== '') return afterSegment;
  const phraseStart = text.indexOf(phrase);
  const [, rest] = splitAtWord(text.slice(phraseStart), words(headline.replace(/…$/u, '')).length);
  return rest.replace(/^[\s\p{P}]+/u, '');
}

/** The phrase up to the first connector inside it («… إذ يتمثل» ends before «إذ»). */
function beforeConnector(phrase: string, vocabulary: Vocabulary): string {
  const all = words(phrase);
  for (let index = 2; index < all.length; index++) {
    if (vocabulary.opener.test(all.slice(index).join(' '))) return splitAtWord(phrase, index)[0];
  }
  return phrase;
}
