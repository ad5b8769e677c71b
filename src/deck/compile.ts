// compileDeck: slide files → the deck's `<section>` markup and the metadata its page needs.
import { Marked } from 'marked';
import { SlideFileError } from '../errors.ts';
import type { Direction } from '../article/model.ts';
import type { SlideKind } from '../slides/model.ts';
import { MAX_SLIDES } from '../slides/plan.ts';
import { attributes } from './html.ts';
import { renderNotes, renderSlide } from './render.ts';
import { parseSlideFile, type SlideFileText, type SourceSlide } from './slide-file.ts';
import { slideTiming } from './timing.ts';

export interface DeckMeta {
  title: string;
  /** The full title line, kicker included, for the page title. */
  fullTitle: string;
  lang: string;
  dir: Direction;
  source?: string;
  /** One sentence for link previews: the context slide's first point, else the title. */
  description: string;
}

export interface CompileOptions {
  /** Ship the speaker notes (false for an audience build). Default true. */
  notes: boolean;
}

export interface CompiledSlide {
  id: string;
  kind: SlideKind;
  title: string;
  notes: string[];
  /** Seconds to present it (`data-timing`): from `timing:` or from its notes. */
  timing: number;
}

export interface CompiledDeck {
  meta: DeckMeta;
  /** One `<section>` per slide, in order. */
  sectionsHtml: string;
  slides: CompiledSlide[];
  /** The sum of the slides' timings. */
  totalSeconds: number;
}

/** Front-matter fields a slide may set as reveal `data-*` attributes. Others could load outside content. */
export const SLIDE_ATTRIBUTES = [
  'data-transition',
  'data-transition-speed',
  'data-background-color',
  'data-background-transition',
  'data-auto-animate',
  'data-visibility',
  'data-state',
] as const;

export function compileDeck(files: readonly SlideFileText[], options: CompileOptions = { notes: true }): CompiledDeck {
  if (files.length > MAX_SLIDES) {
    throw new SlideFileError('slides-too-many', `the deck has ${files.length} slide files; it may have at most ${MAX_SLIDES}`, {
      hint: 'Split it into several decks, each in its own folder (deck build --slides DIR).',
    });
  }
  const sources = files.map(parseSlideFile);
  assertUniqueIds(sources);
  const meta = deckMeta(sources);
  const marked = new Marked({ gfm: true });
  // Article text shows as written: a «www.…» or «name@host» in it is text, not a link. Links a person writes
  // as [text](address) stay links.
  marked.use({ tokenizer: { url: () => undefined } });
  const slides = sources.map((source) => ({
    id: source.id,
    kind: source.kind,
    title: source.title,
    notes: source.notes,
    timing: slideTiming(source, meta.lang),
  }));
  const sectionsHtml = sources.map((source, index) => sectionHtml(source, slides[index]?.timing ?? 0, marked, options.notes)).join('\n');
  return { meta, sectionsHtml, slides, totalSeconds: slides.reduce((sum, slide) => sum + slide.timing, 0) };
}

// -- internal --

/** Slides drawn on the dark brand colour; reveal reads the colour to switch its controls to light. */
const DARK_KINDS: ReadonlySet<SlideKind> = new Set(['title', 'divider', 'source']);
const DARK_BACKGROUND = '#13233a';
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

function sectionHtml(slide: SourceSlide, timing: number, marked: Marked, withNotes: boolean): string {
  // The frame holds the slide's 1280×720 layout; reveal positions (and in print, re-pads) the section around it.
  const frame = `<div class="slide-frame">${renderSlide(slide, marked)}</div>`;
  const notes = withNotes ? renderNotes(slide.notes) : '';
  return `<section${attributes(sectionAttributes(slide, timing))}>${frame}${notes}</section>`;
}

function sectionAttributes(slide: SourceSlide, timing: number): Record<string, string> {
  const result: Record<string, string> = { id: slide.id, class: `slide-${slide.kind}`, 'data-timing': String(timing) };
  if (DARK_KINDS.has(slide.kind)) result['data-background-color'] = DARK_BACKGROUND;
  for (const [name, value] of Object.entries(slide.fields)) {
    if (!name.startsWith('data-')) continue;
    if (!(SLIDE_ATTRIBUTES as readonly string[]).includes(name) || !['string', 'number', 'boolean'].includes(typeof value)) {
      throw new SlideFileError('slide-attribute', `the front matter field "${name}" is not a slide attribute the deck allows`, {
        file: slide.path,
        hint: `Use one of ${SLIDE_ATTRIBUTES.join(', ')}, with a plain value.`,
      });
    }
    // reveal adds data-state's words to a class list: «a  b» (two spaces) would be an empty class it throws on.
    const text = name === 'data-state' ? String(value).trim().split(/\s+/u).join(' ') : String(value);
    if (text !== '') result[name] = text;
  }
  return result;
}

function assertUniqueIds(slides: readonly SourceSlide[]): void {
  const seen = new Map<string, string>();
  for (const slide of slides) {
    const other = seen.get(slide.id);
    if (other !== undefined) {
      throw new SlideFileError('slide-duplicate-id', `the id "${slide.id}" is also used by ${other}`, {
        file: slide.path,
        line: 2,
        hint: 'Give every slide its own id: it is the slide’s deep link (#/id).',
      });
    }
    seen.set(slide.id, slide.path);
  }
}

/** A BCP 47 tag («ar», «en-GB»); anything else («constructor») is refused before it reaches a lookup table. */
function language(tag: string, title: SourceSlide | undefined): string {
  if (/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/u.test(tag)) return tag;
  throw new SlideFileError('slide-lang', `"lang: ${tag}" is not a language tag`, {
    ...(title === undefined ? {} : { file: title.path }),
    hint: 'Give the deck’s language as a tag such as "lang: ar" or "lang: en".',
  });
}

function deckMeta(slides: readonly SourceSlide[]): DeckMeta {
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
  return {
    title: text,
    fullTitle,
    description: firstPoint(slides) ?? fullTitle,
    lang,
    dir: dir === 'ltr' ? 'ltr' : 'rtl',
    ...(source === undefined ? {} : { source }),
  };
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
