// How long a slide takes to present: the time to speak its notes, or what the author set in `timing:`.
import { SlideFileError } from '../errors.ts';
import { words } from '../text/normalize.ts';
import type { SourceSlide } from './slide-file.ts';

/**
 * Speaking rates, in words per minute, for a briefing read from notes. Arabic words carry their
 * articles, prepositions and pronouns attached, so a measured briefing pace is about 110 words a
 * minute, against about 150 for English.
 */
export const WORDS_PER_MINUTE: Readonly<Record<string, number>> = { ar: 110, default: 150 };

/** No slide gets less than this, so the title, agenda and source still get a moment. */
export const MINIMUM_SECONDS = 20;

/**
 * Seconds to present `slide`: its `timing:` field (or reveal's own name for it, `data-timing:`) if set,
 * else its notes at the language's rate, rounded to 5 s.
 */
export function slideTiming(slide: SourceSlide, language: string): number {
  const set = slide.fields['timing'] ?? slide.fields['data-timing'];
  if (set !== undefined) return parseTiming(set, slide.path);
  const base = language.split('-')[0] ?? '';
  const rate = (Object.hasOwn(WORDS_PER_MINUTE, base) ? WORDS_PER_MINUTE[base] : undefined) ?? WORDS_PER_MINUTE['default'] ?? 150;
  const spoken = (slide.notes.reduce((sum, note) => sum + words(note).length, 0) / rate) * 60;
  return Math.max(MINIMUM_SECONDS, Math.round(spoken / 5) * 5);
}

/** `1:30` or `90` (seconds). */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

// -- internal --

function parseTiming(value: unknown, path: string): number {
  const text = String(value).trim();
  const clock = /^(\d+):([0-5]\d)$/u.exec(text);
  const seconds = clock ? Number(clock[1]) * 60 + Number(clock[2]) : /^\d+$/u.test(text) ? Number(text) : Number.NaN;
  if (Number.isFinite(seconds) && seconds > 0) return seconds;
  throw new SlideFileError('slide-timing', `"timing: ${text}" is not a duration`, {
    file: path,
    hint: 'Give the seconds the slide should take ("timing: 90") or minutes and seconds ("timing: 1:30").',
  });
}
