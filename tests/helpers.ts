// Shared test helpers: fixture loading and a recording console.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Console } from '../src/commands/console.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The text of `tests/fixtures/articles/<name>.txt`. */
export function fixtureArticle(name: string): string {
  return readFileSync(join(ROOT, 'tests', 'fixtures', 'articles', `${name}.txt`), 'utf8');
}

/** The first article, as committed in `slides/article.txt`. */
export function firstArticle(): string {
  return readFileSync(join(ROOT, 'slides', 'article.txt'), 'utf8');
}

export function recordingConsole(): Console & { lines: string[]; warnings: string[] } {
  const lines: string[] = [];
  const warnings: string[] = [];
  return { lines, warnings, log: (line) => lines.push(line), warn: (line) => warnings.push(line) };
}

/** Word count as a reader counts: runs of non-space characters. */
export function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}
