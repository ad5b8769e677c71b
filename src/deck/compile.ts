// compileDeck: slide files → the deck's `<section>` markup and the metadata its page needs.
import { Marked } from 'marked';
import { SlideFileError } from '../errors.ts';
import { ITEM_KINDS, type SlideKind } from '../slides/model.ts';
import { DARK_KINDS, footerHtml, hasFooter, runningLabels } from './chrome.ts';
import { MAX_SLIDES } from '../slides/plan.ts';
import { attributes, escapeHtml } from './html.ts';
import { renderNotes, renderSlide } from './render.ts';
import { parseSlideFile, type SlideFileText, type SourceSlide } from './slide-file.ts';
import { slideTiming } from './timing.ts';
import { type DeckMeta, deckMeta } from './meta.ts';

export type { DeckMeta } from './meta.ts';


export interface CompileOptions {
  /** Ship the speaker notes (false for an audience build). Default true. */
  notes: boolean;
  /** The URL a file of the slides folder (the logo) has in the page. Default: its name, relative to the page. */
  assetUrl?: (file: string) => string;
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
  'data-timing',
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
  const labels = runningLabels(sources, meta);
  const footer = footerHtml(meta, options.assetUrl ?? ((file) => file));
  const sectionsHtml = sources
    .map((source, index) => {
      const chrome = { label: labels[index], footer: hasFooter(source.kind) ? footer : '' };
      return sectionHtml(source, index + 1, slides[index]?.timing ?? 0, marked, options, chrome);
    })
    .join('\n');
  return { meta, sectionsHtml, slides, totalSeconds: slides.reduce((sum, slide) => sum + slide.timing, 0) };
}

// -- internal --

/** The dark slides' colour; reveal reads it to switch its controls to light. */
const DARK_BACKGROUND = '#13233a';

function sectionHtml(slide: SourceSlide, number: number, timing: number, marked: Marked, options: CompileOptions, chrome: { label: string | undefined; footer: string }): string {
  // The frame holds the slide's 1280×720 layout; reveal positions (and in print, re-pads) the section around it.
  // Its body takes the room between the running label and the footer, so a short slide can sit in its middle.
  const label = chrome.label === undefined ? '' : `<p class="running-label">${escapeHtml(chrome.label)}</p>`;
  const body = renderSlide(slide, marked, options.assetUrl ?? ((file) => file));
  const frame = `<div class="slide-frame">${label}<div class="slide-body">${body}</div>${chrome.footer}</div>`;
  const notes = options.notes ? renderNotes(slide.notes) : '';
  return `<section${attributes(sectionAttributes(slide, timing, isSparse(slide)))}>${anchors(slide.id, number)}${frame}${notes}</section>`;
}

/**
 * The slide's two link names, #/3 and #/causes, as empty hidden elements: the page's first paint shows
 * the slide a link names before reveal.js runs, which CSS finds by `:target` (src/runtime/first-paint.css).
 * Hidden, they have no box, so opening the link scrolls nothing.
 */
function anchors(id: string, number: number): string {
  return `<i class="slide-anchor" id="/${number}" hidden></i><i class="slide-anchor" id="/${escapeHtml(id)}" hidden></i>`;
}

/** A slide with little on it (two short bullets): laid out in the middle of its room rather than at the top. */
function isSparse(slide: SourceSlide): boolean {
  const items = (slide.body.match(/^\s*(?:[-*+]|\d+\.)\s/gmu) ?? []).length;
  const wordCount = slide.body.replace(/^#+ .*$/gmu, '').split(/\s+/u).filter(Boolean).length;
  return SPARSE_KINDS.has(slide.kind) && items <= 2 && wordCount <= 40;
}

const SPARSE_KINDS: ReadonlySet<SlideKind> = new Set(['context', ...ITEM_KINDS, 'section', 'conclusion']);

function sectionAttributes(slide: SourceSlide, timing: number, sparse: boolean): Record<string, string> {
  const result: Record<string, string> = { id: slide.id, class: `slide-${slide.kind}${sparse ? ' sparse' : ''}`, 'data-timing': String(timing) };
  if (DARK_KINDS.has(slide.kind)) result['data-background-color'] = DARK_BACKGROUND;
  for (const [name, value] of Object.entries(slide.fields)) {
    // data-timing is the slide's timing (timing.ts reads it as `timing:`), already set above.
    if (!name.startsWith('data-') || name === 'data-timing') continue;
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
