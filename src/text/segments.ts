// Splits prose into sentences and comma-separated segments, never inside quotes or brackets.

export interface Segment {
  text: string;
  /** The punctuation that ended it («،», «,», «.», …), or '' at the end of the text. */
  delimiter: string;
}

/** Sentences end at . ! ? ؟ ؛ ; (a period only before white space, so «1.5» and «U.S.» hold together). */
export function sentences(text: string): Segment[] {
  return splitOutside(text, (ch, next) => SENTENCE_END.test(ch) && (ch !== '.' || next === undefined || /\s/u.test(next)));
}

/** Segments end at a comma, Arabic or Latin; a comma between digits («1,200») is part of the number. */
export function commaSegments(sentence: string): Segment[] {
  const chars = [...sentence];
  return splitOutside(sentence, (ch, next, index) => ch === '\u060C' || (ch === ',' && !(/\d/u.test(chars[index - 1] ?? '') && /\d/u.test(next ?? ''))));
}

/** The first `count` words of `text` and the rest, with the original spacing and punctuation kept. */
export function splitAtWord(text: string, count: number): [string, string] {
  const matcher = /\S+/gu;
  let end = 0;
  for (let seen = 0; seen < count; seen++) {
    const match = matcher.exec(text);
    if (match === null) return [text, ''];
    end = match.index + match[0].length;
  }
  return [text.slice(0, end), text.slice(end).trimStart()];
}

// -- internal --

const SENTENCE_END = /[.!?\u061F\u061B;\u06D4]/u;
const OPENERS = '«(["\u201C';
const CLOSERS = '»)]"\u201D';

function splitOutside(text: string, isEnd: (ch: string, next: string | undefined, index: number) => boolean): Segment[] {
  const pieces = split(text, isEnd, true);
  // An unbalanced quote would swallow the rest of the text; read such text without quote tracking.
  return pieces ?? split(text, isEnd, false) ?? [];
}

function split(text: string, isEnd: (ch: string, next: string | undefined, index: number) => boolean, trackQuotes: boolean): Segment[] | undefined {
  const pieces: Segment[] = [];
  const chars = [...text];
  let depth = 0;
  let start = 0;
  chars.forEach((ch, i) => {
    if (trackQuotes) depth = nextDepth(depth, ch);
    if (depth === 0 && isEnd(ch, chars[i + 1], i)) {
      pieces.push({ text: chars.slice(start, i).join('').trim(), delimiter: ch });
      start = i + 1;
    }
  });
  if (trackQuotes && depth !== 0) return undefined;
  pieces.push({ text: chars.slice(start).join('').trim(), delimiter: '' });
  return pieces.filter((piece) => piece.text !== '');
}

// Arabic typists often open a quote with ” («لـ”داعش”»): a closing mark at depth 0 opens one.
function nextDepth(depth: number, ch: string): number {
  if (ch === '"' || ch === '\u201D') return depth > 0 ? depth - 1 : depth + 1;
  if (OPENERS.includes(ch)) return depth + 1;
  if (CLOSERS.includes(ch)) return Math.max(0, depth - 1);
  return depth;
}
