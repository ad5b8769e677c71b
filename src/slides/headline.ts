// A point's headline: its own opening phrase, the words before the first comma or connector.
import { words } from '../text/normalize.ts';
import { commaSegments, sentences, splitAtWord } from '../text/segments.ts';
import { shorten } from './clauses.ts';
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
  const phrase = beforeConnector(commaSegments(firstSentence)[0]?.text ?? firstSentence, vocabulary);
  const { head, hard } = shorten(phrase, maxWords, vocabulary);
  const headline = head.replace(/[\s:\uFF1A\-\u2013\u2014]+$/u, '');
  const [, rest] = splitAtWord(text, words(headline.replace(/…$/u, '')).length);
  return { headline, rest: rest.replace(/^[\s\p{P}]+/u, ''), hard };
}

// -- internal --

/** The phrase up to the first connector inside it («… إذ يتمثل» ends before «إذ»). */
function beforeConnector(phrase: string, vocabulary: Vocabulary): string {
  const all = words(phrase);
  for (let index = 2; index < all.length; index++) {
    if (vocabulary.opener.test(all.slice(index).join(' '))) return splitAtWord(phrase, index)[0];
  }
  return phrase;
}
