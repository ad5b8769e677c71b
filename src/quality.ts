// The quality report: what a deck's stages could not be sure of, as lines a person reads in a terminal or a page.
import { type QualityWarning, WARNING_CODES, type WarningCode } from './warnings.ts';

/** How many warnings of one kind the report spells out before it only counts the rest. */
export const SHOWN_PER_KIND = 5;

/** The report's lines: a summary, then each warning under its kind, `file:line` where a line is to blame. */
export function qualityReport(warnings: readonly QualityWarning[], file: string): string[] {
  if (warnings.length === 0) return ['quality: nothing to check'];
  const lines = [`quality: ${warnings.length} thing(s) to check before presenting`];
  for (const code of WARNING_CODES) {
    const ofKind = warnings.filter((w) => w.code === code);
    if (ofKind.length === 0) continue;
    lines.push(`  ${HEADINGS[code]} (${ofKind.length})`);
    for (const w of ofKind.slice(0, SHOWN_PER_KIND)) lines.push(`    ${w.line === undefined ? '' : `${file}:${w.line}: `}${w.message}`);
    if (ofKind.length > SHOWN_PER_KIND) lines.push(`    … and ${ofKind.length - SHOWN_PER_KIND} more`);
  }
  return lines;
}

const HEADINGS: Record<WarningCode, string> = {
  encoding: 'encoding',
  'title-guessed': 'title guessed',
  'source-missing': 'source not found',
  'article-cut': 'article cut off',
  'lines-left-out': 'lines kept out of the slides',
  'headline-shortened': 'headline shortened',
  'items-grouped': 'short points grouped on one slide',
  'bullet-rebuilt': 'bullet reworded',
  'bullet-shortened': 'bullet cut mid-phrase',
  'slide-thin': 'slide with nothing under its headline',
};
