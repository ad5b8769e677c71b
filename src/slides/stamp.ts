// The mark a generated slide file carries, so a later run can tell whether a person has edited it since.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The front-matter key that holds the hash. */
export const STAMP_KEY = 'generated';

export type EditState = 'generated' | 'edited' | 'unstamped';

/** The hash recorded for `content` (the file without its stamp line). */
export function stampFor(content: string): string {
  // A pure-JavaScript SHA-256, so that the same stage runs in the studio page as in the CLI.
  return `sha256:${bytesToHex(sha256(utf8ToBytes(content))).slice(0, 32)}`;
}

/** The stamp line to put in the front matter of a file whose other lines are `content`. */
export function stampLine(content: string): string {
  return `${STAMP_KEY}: ${stampFor(content)}`;
}

/** Whether a file on disk is still what the generator wrote, was edited since, or was never generated. */
export function editState(file: string): EditState {
  const lines = file.split('\n');
  const frontMatterEnd = lines.indexOf('---', 1);
  const index = lines.findIndex((line, n) => n < frontMatterEnd && STAMP_LINE.test(line));
  if (lines[0] !== '---' || index === -1) return 'unstamped';
  const recorded = STAMP_LINE.exec(lines[index] ?? '')?.[1];
  lines.splice(index, 1);
  return recorded === stampFor(lines.join('\n')) ? 'generated' : 'edited';
}

// -- internal --

const STAMP_LINE = new RegExp(`^${STAMP_KEY}: (sha256:[0-9a-f]+)$`);
