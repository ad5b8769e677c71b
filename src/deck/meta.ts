// What a deck says about itself, read from its title slide: language, direction, digits, and who and when.
import type { Direction } from '../article/model.ts';
import { SlideFileError } from '../errors.ts';
import { type Numerals, numeralsOf } from '../text/numerals.ts';
import type { SourceSlide } from './slide-file.ts';

export interface DeckMeta {
  title: string;
  /** The full title line, kicker included, for the page title. */
  fullTitle: string;
  lang: string;
  dir: Direction;
  /** The digits of the deck's own numbers (agenda, slide counter, running labels, notes pages). */
  numerals: Numerals;
  /** The institution or publication (the title slide's `publisher`). */
  source?: string;
  /** The day the cover shows. */
  date?: string;
  /** The logo's file, relative to the slides folder. */
  logo?: string;
  /** One sentence for link previews: the context slide's first point, else the title. */
  description: string;
}

export function deckMeta(slides: readonly SourceSlide[]): DeckMeta {
  const title = slides.find((s) => s.kind === 'title') ?? slides[0];
  const field = (name: string): string | undefined => {
    const value = title?.fields[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const lang = language(field('lang') ?? 'ar', title);
  const dir = field('dir') ?? (RTL_LANGUAGES.has(lang.split('-')[0] ?? '') ? 'rtl' : 'ltr');
  const kicker = field('kicker');
  const source = field('publisher') ?? field('source');
  const text = title?.title ?? '';
  const fullTitle = kicker === undefined ? text : `${kicker}: ${text}`;
  const date = field('date');
  const logo = logoFile(title);
  return {
    title: text,
    fullTitle,
    description: firstPoint(slides) ?? fullTitle,
    lang,
    dir: dir === 'ltr' ? 'ltr' : 'rtl',
    numerals: numeralsOf(title?.fields['numerals']) ?? 'latn',
    ...(source === undefined ? {} : { source }),
    ...(date === undefined ? {} : { date }),
    ...(logo === undefined ? {} : { logo }),
  };
}

/** The title slide's `logo`: a picture in the slides folder (a bare file name), never an address elsewhere. */
export function logoFile(title: SourceSlide | undefined): string | undefined {
  const value = title?.fields['logo'];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && /^[\w.-]+\.(?:png|jpe?g|svg|webp)$/iu.test(value) && !value.startsWith('.')) return value;
  throw new SlideFileError('slide-logo', `"logo: ${String(value)}" is not a picture in the slides folder`, {
    ...(title === undefined ? {} : { file: title.path }),
    hint: 'Put the logo (PNG, JPEG, SVG or WebP) in the slides folder and give its file name, e.g. "logo: logo.png" (deck generate --logo FILE does both).',
  });
}

// -- internal --

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** A BCP 47 tag («ar», «en-GB»); anything else («constructor») is refused before it reaches a lookup table. */
function language(tag: string, title: SourceSlide | undefined): string {
  if (/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/u.test(tag)) return tag;
  throw new SlideFileError('slide-lang', `"lang: ${tag}" is not a language tag`, {
    ...(title === undefined ? {} : { file: title.path }),
    hint: 'Give the deck’s language as a tag such as "lang: ar" or "lang: en".',
  });
}

/** The first bullet of the context slide, as plain text. */
function firstPoint(slides: readonly SourceSlide[]): string | undefined {
  const context = slides.find((s) => s.kind === 'context');
  const bullet = /^[-*] (.+)$/mu.exec(context?.body ?? '')?.[1];
  return bullet
    ?.replace(/\\([\\`*_{}[\]<>#|~!+=.)-])/gu, '$1')
    .replace(/&lt;/gu, '<')
    .replace(/&amp;/gu, '&');
}
