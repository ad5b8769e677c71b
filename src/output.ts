// Where a command may write: never over what the user wrote, never into the system's virtual folders.
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { DeckError } from './errors.ts';

/** The file every build writes into its folder: a folder without it was not made by `deck build`. */
export const BUILD_MARKER = '.deck-build';

/** What a build writes, so that a build from before the marker existed is still recognised as one. */
const BUILD_ENTRIES = new Set([BUILD_MARKER, 'index.html', 'assets', 'preview.png', 'favicon.svg']);

export interface Inputs {
  /** The folder of slide files. */
  slides?: string;
  /** The article file. */
  article?: string;
  /** The project folder (this tool's own files). */
  project?: string;
}

/**
 * Refuses an output path that is or holds an input, lies inside the slides folder, or is under /proc, /sys or
 * /dev (where a recursive mkdir can loop for ever). `what` names the option in the message.
 */
export function assertOutputPath(out: string, inputs: Inputs, what: string): void {
  const target = realish(out);
  if (/^\/(?:proc|sys|dev)(?:\/|$)/u.test(target)) {
    throw refusal(out, `${what} ${out} is in a system folder (/proc, /sys or /dev)`, 'Give a folder of your own, e.g. out/ or dist/.');
  }
  const parent = nearestExisting(dirname(resolve(out)));
  if (!statSync(parent).isDirectory()) {
    throw refusal(out, `${what} ${out} goes through ${parent}, which is a file, not a folder`, 'Give a path whose folders are folders, e.g. out/ or dist/.');
  }
  for (const [name, path] of Object.entries(inputs)) {
    if (path === undefined) continue;
    const input = realish(path);
    const holds = input === target || isInside(input, target) || (name !== 'project' && isInside(target, input));
    if (holds) throw refusal(out, `${what} ${out} would write over the ${name === 'project' ? 'project folder' : name} (${path})`, 'Give an output path outside your slides and article, e.g. out/ or dist/.');
  }
}

/** Refuses to empty a folder that holds anything but an earlier build (one with the marker, or only build files). */
export function assertReplaceableBuild(out: string): void {
  if (!existsSync(out)) return;
  const entries = readdirSync(out);
  const isBuild = entries.length === 0 || entries.includes(BUILD_MARKER) || entries.every((e) => BUILD_ENTRIES.has(e));
  if (!isBuild) {
    throw refusal(out, `will not build into ${out}: it holds files that are not an earlier build`, 'Give an empty or new folder with --out DIR (default dist).');
  }
}

// -- internal --

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

function refusal(out: string, message: string, hint: string): DeckError {
  return new DeckError('output-path', message, { file: out, hint });
}
