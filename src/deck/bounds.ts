// Limits on a slide file, checked before any parser sees it: a file of nested lists or quotes thousands deep
// overflows marked's stack or runs the process out of memory, and a briefing slide needs nothing like it.
import { SlideFileError } from '../errors.ts';

/** The largest slide file read: a slide of text is a few kilobytes; this leaves room for a long note. */
export const MAX_SLIDE_FILE_BYTES = 256 * 1024;

/** The deepest nesting of lists, quotes or HTML elements a slide may have. */
export const MAX_NESTING = 20;

/** Throws a SlideFileError naming the file and line when `content` is too big or nested too deep. */
export function assertWithinBounds(path: string, content: string): void {
  assertSlideFileSize(path, new TextEncoder().encode(content).length);
  const line = deepLine(content);
  if (line !== undefined) {
    throw new SlideFileError('slide-too-deep', `lists, quotes or HTML are nested more than ${MAX_NESTING} levels deep`, {
      file: path,
      line,
      hint: 'A slide needs two or three levels at most: flatten the nesting on this line.',
    });
  }
}

/** Throws a SlideFileError when a slide file of `bytes` bytes is past the bound (checked before it is read, too). */
export function assertSlideFileSize(path: string, bytes: number): void {
  if (bytes > MAX_SLIDE_FILE_BYTES) {
    throw new SlideFileError('slide-too-large', `the file is ${Math.ceil(bytes / 1024)} KB; a slide file may have at most ${MAX_SLIDE_FILE_BYTES / 1024} KB`, {
      file: path,
      hint: 'Keep a slide to what a slide shows, and move long text into its notes or into several slides.',
    });
  }
}

// -- internal --

/** The 1-based line where nesting first goes past MAX_NESTING, or undefined. */
function deepLine(content: string): number | undefined {
  const lines = content.split('\n');
  const markers = new RegExp(`^(?:[^\\S\\n]*(?:[-*+]|\\d{1,9}[.)]|>)(?:[^\\S\\n]+|$)){${MAX_NESTING + 1}}`, 'u');
  const index = lines.findIndex((l) => markers.test(l) || /^[^\S\n]{81,}/u.test(l) || /^(?:[^\S\n]*>){21}/u.test(l));
  if (index !== -1) return index + 1;
  return htmlTooDeep(lines);
}

const VOID = new Set(['br', 'hr', 'img', 'wbr', 'input', 'meta', 'link', 'source', 'col', 'area', 'base', 'embed', 'param', 'track']);

function htmlTooDeep(lines: readonly string[]): number | undefined {
  let depth = 0;
  for (const [index, line] of lines.entries()) {
    for (const [, close, name = ''] of line.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/gu)) {
      if (VOID.has(name.toLowerCase())) continue;
      depth = Math.max(0, depth + (close === '/' ? -1 : 1));
      if (depth > MAX_NESTING) return index + 1;
    }
  }
  return undefined;
}
