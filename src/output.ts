// Where a command may write: never over what the user wrote, never into the system's virtual folders.
import { closeSync, existsSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { DeckError } from './errors.ts';

/** The file every build writes into its folder: a folder without it was not made by `deck build`. */
export const BUILD_MARKER = '.deck-build';
export const BUILD_MARKER_TEXT = 'This folder was written by "deck build". The next build replaces it whole: keep nothing of your own in it.\n';

export interface Inputs {
  /** The folder of slide files: an output may not be it, lie inside it, or hold it. */
  slides?: string;
  /** The article file: an output may not be it. */
  article?: string;
  /** The project folder (this tool's own files): an output may not be it or hold it. */
  project?: string;
}

/**
 * Refuses an output path that is or holds an input, lies inside the slides folder, goes through a file, or is
 * under /proc, /sys or /dev (where a recursive mkdir can loop for ever). `what` names the option in the message.
 */
export function assertOutputPath(out: string, inputs: Inputs, what: string): void {
  const target = realish(out);
  if (/^\/(?:proc|sys|dev)(?:\/|$)/u.test(target)) {
    throw refusal(`${what} ${out} is in a system folder (/proc, /sys or /dev)`, 'Give a folder of your own, e.g. out/ or dist/.');
  }
  const parent = nearestExisting(dirname(resolve(out)));
  if (!statSync(parent).isDirectory()) {
    throw refusal(`${what} ${out} goes through ${parent}, which is a file, not a folder`, 'Give a path whose folders are folders, e.g. out/ or dist/.');
  }
  for (const [name, path] of Object.entries(inputs) as [keyof Inputs, string | undefined][]) {
    if (path !== undefined && overlaps(name, realish(path), target)) {
      const input = name === 'project' ? 'project folder' : name;
      throw refusal(`${what} ${out} would write over the ${input} (${path})`, 'Give an output path outside your slides, article and project, e.g. out/ or dist/.');
    }
  }
}

/** Refuses to empty anything at `out` but a folder an earlier build made (it holds the marker) or an empty one. */
export function assertReplaceableBuild(out: string): void {
  if (!existsSync(out)) return;
  const entries = statSync(out).isDirectory() ? readdirSync(out) : undefined;
  if (entries !== undefined && (entries.length === 0 || entries.includes(BUILD_MARKER))) return;
  const what = entries === undefined ? 'it is a file' : `it holds files that are not an earlier build (no ${BUILD_MARKER} marker)`;
  throw refusal(`will not build into ${out}: ${what}`, 'Give a new or empty folder with --out DIR. A build from a deck version before the marker: delete it once.');
}

/**
 * Refuses to write the one file `out` (a `kind` file) over a folder, or over an existing file that is not
 * one of that kind: an output overwrites an earlier output, never a text, a picture or a project file.
 */
export function assertReplaceableFile(out: string, kind: 'pdf' | 'html' | 'pptx', what: string): void {
  const info = statSync(out, { throwIfNoEntry: false });
  if (info === undefined) return;
  if (info.isDirectory()) throw refusal(`${out} is a folder: ${what} writes one ${kind.toUpperCase()} file`, `Give a file name with --out, e.g. --out out/deck.${kind}.`);
  if (!info.isFile() || !SIGNATURES[kind].test(firstBytes(out))) {
    throw refusal(`will not write over ${out}: it is not ${KIND_NAMES[kind]}, so not an earlier output`, `Give a new file name with --out, e.g. --out out/deck.${kind}.`);
  }
}

/**
 * `mkdir -p` with a bound: makes the missing folders of `path` one at a time, so it stops after as many
 * steps as the path has parts (Node's recursive mkdir can loop for ever where a folder never appears).
 */
export async function makeFolder(path: string): Promise<void> {
  const missing: string[] = [];
  for (let folder = resolve(path); !existsSync(folder) && dirname(folder) !== folder; folder = dirname(folder)) missing.unshift(folder);
  for (const folder of missing) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}

// -- internal --

const KIND_NAMES = { pdf: 'a PDF file', html: 'an HTML file', pptx: 'a PowerPoint file' };
/** What each kind of output starts with (a .pptx is a zip package). */
const SIGNATURES = { pdf: /^%PDF-/u, html: /^(?:\uFEFF)?\s*<!doctype html/iu, pptx: /^PK\u0003\u0004/u };

function overlaps(name: keyof Inputs, input: string, target: string): boolean {
  switch (name) {
    case 'slides':
      return input === target || isInside(input, target) || isInside(target, input);
    case 'project':
      return input === target || isInside(input, target);
    case 'article':
      return input === target;
  }
}

function firstBytes(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(64);
    return buffer.subarray(0, readSync(fd, buffer, 0, 64, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The real path of `path`, or of its nearest existing parent joined with the rest. */
function realish(path: string): string {
  const absolute = resolve(path);
  const existing = nearestExisting(absolute);
  try {
    return resolve(realpathSync(existing), relative(existing, absolute));
  } catch {
    return absolute;
  }
}

function nearestExisting(path: string): string {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return existing;
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith('/');
}

/** The message names the path itself, so no `file` is set (the CLI would print the path twice). */
function refusal(message: string, hint: string): DeckError {
  return new DeckError('output-path', message, { hint });
}
