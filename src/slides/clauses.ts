// Cuts prose into clauses and says what each does: the point, a relative on the clause before, a concession, a caveat.
import { comparable } from '../text/normalize.ts';
import { commaSegments, type Segment, sentences } from '../text/segments.ts';
import type { Vocabulary } from './vocabulary.ts';

export type ClauseRole = 'main' | 'relative' | 'concession' | 'circumstance' | 'caveat';

export interface Clause {
  role: ClauseRole;
  /** The clause's comma segments, its opener still in the first. */
  segments: Segment[];
  /** The point made right after a concession («رغم …، إلا أن …»): what the sentence is for. */
  afterConcession: boolean;
  /** The clause opens its sentence (or follows only a concession). */
  opensSentence: boolean;
}

/** Sentences, then comma segments; a segment continues the clause before it unless a connector opens it. */
export function clausesOf(text: string, vocabulary: Vocabulary): Clause[] {
  const clauses: Clause[] = [];
  for (const sentence of sentences(text)) {
    const inSentence: Clause[] = [];
    const segments = commaSegments(sentence.text);
    // "Without X, the forwarders we interviewed said, the corridor …": who said it is the notes' to keep.
    const points = segments.filter((segment, index) => index === 0 || index === segments.length - 1 || !vocabulary.attribution.test(segment.text.trim()));
    points.forEach((segment, index) => {
      const opens = index === 0 || (!vocabulary.continuing.test(segment.text) && (vocabulary.opener.test(segment.text) || vocabulary.keptOpener.test(segment.text)));
      const current = inSentence.at(-1);
      if (opens || current === undefined) inSentence.push(newClause(segment, vocabulary, inSentence));
      else current.segments.push(segment);
    });
    clauses.push(...inSentence.flatMap((clause) => splitConcession(clause)));
  }
  return clauses;
}

// -- internal --

const NEVERTHELESS = /^[وف]?(?:رغم ذلك|بالرغم من ذلك|على الرغم من ذلك|مع ذلك)(?=$|[\s\p{P}])/u;

function newClause(segment: Segment, vocabulary: Vocabulary, before: readonly Clause[]): Clause {
  const previous = before.at(-1);
  const afterConcession = vocabulary.afterConcession.test(segment.text) || previous?.role === 'concession';
  return {
    role: roleOf(segment.text, vocabulary),
    segments: [segment],
    afterConcession: afterConcession && !vocabulary.caveat.test(segment.text),
    opensSentence: before.length === 0 || (before.length === 1 && previous?.role === 'concession'),
  };
}

function roleOf(text: string, vocabulary: Vocabulary): ClauseRole {
  // «ورغم ذلك، …», "Still, …": the point, after what was said before.
  if (NEVERTHELESS.test(comparable(text))) return 'main';
  if (vocabulary.caveat.test(text)) return 'caveat';
  if (vocabulary.concession.test(text)) return 'concession';
  if (vocabulary.circumstance.test(text)) return 'circumstance';
  if (vocabulary.relative.test(text) && !vocabulary.continuing.test(text)) return 'relative';
  return 'main';
}

/**
 * «رغم الضغوط، تواصل الحكومة …», "When rates rose, the consortium withdrew …": the segments after a
 * concession's or a circumstance's first are the point.
 */
function splitConcession(clause: Clause): Clause[] {
  const [first, ...rest] = clause.segments;
  if ((clause.role !== 'concession' && clause.role !== 'circumstance') || first === undefined || rest.length === 0) return [clause];
  return [
    { ...clause, segments: [first] },
    { role: 'main', segments: rest, afterConcession: clause.role === 'concession', opensSentence: clause.opensSentence },
  ];
}
