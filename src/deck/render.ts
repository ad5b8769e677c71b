// Renders a slide's Markdown into the markup its kind needs: fragments, two view columns, a kicker.
import type { Marked, Token } from 'marked';
import { ITEM_KINDS, type SlideKind } from '../slides/model.ts';
import { escapeHtml } from './html.ts';
import { sanitizeSlideHtml } from './sanitize.ts';
import { logoFile } from './meta.ts';
import type { SourceSlide } from './slide-file.ts';

/** The inner HTML of a slide's `<section>`, without its notes. */
export function renderSlide(slide: SourceSlide, marked: Marked, assetUrl: (file: string) => string = (file) => file): string {
  const html = (markdown: string | Token[]): string =>
    sanitizeSlideHtml(typeof markdown === 'string' ? marked.parse(markdown, { async: false }) : marked.parser(markdown), {
      fragments: FRAGMENT_KINDS.has(slide.kind),
    });
  switch (slide.kind) {
    case 'title':
      return `${logo(slide, assetUrl)}${kicker(slide)}${html(slide.body)}${coverLine(slide)}`;
    case 'outlooks':
      return outlooks(marked.lexer(slide.body), html);
    case 'agenda':
    case 'divider':
    case 'context':
    case 'cause':
    case 'consequences':
    case 'scenario':
    case 'recommendation':
    case 'lesson':
    case 'finding':
    case 'point':
    case 'section':
    case 'conclusion':
    case 'source':
      return html(slide.body);
  }
}

/** Plain-text notes as reveal's `<aside class="notes">`, one paragraph each. */
export function renderNotes(notes: readonly string[]): string {
  return `<aside class="notes">${notes.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</aside>`;
}

// -- internal --

/** Kinds whose list items appear one at a time, as the presenter speaks to them. */
const FRAGMENT_KINDS: ReadonlySet<SlideKind> = new Set(['context', ...ITEM_KINDS, 'section', 'conclusion']);

/** Who presents the deck and when: the title slide's `presenter` and `date`, those it gives. */
export function presenterAndDate(slide: SourceSlide): string[] {
  return ['presenter', 'date'].map((name) => slide.fields[name]).filter((v): v is string => typeof v === 'string' && v !== '');
}

/** The cover's last line: who presents it and when. */
function coverLine(slide: SourceSlide): string {
  const parts = presenterAndDate(slide);
  return parts.length === 0 ? '' : `<p class="cover-line">${parts.map((p) => `<span dir="auto">${escapeHtml(p)}</span>`).join(' | ')}</p>`;
}

/** The institution's logo on the cover: a file of the slides folder, never a remote address. */
function logo(slide: SourceSlide, assetUrl: (file: string) => string): string {
  const file = logoFile(slide);
  if (file === undefined) return '';
  return `<img class="cover-logo" src="${escapeHtml(assetUrl(file))}" alt="" />`;
}

function kicker(slide: SourceSlide): string {
  const value = slide.fields['kicker'];
  return typeof value === 'string' && value !== '' ? `<p class="kicker">${escapeHtml(value)}</p>` : '';
}

/**
 * Everything before the first `###` heads the slide; each `###` and what follows it is a column. In a
 * right-to-left deck the first column is on the right, as the reader starts there.
 */
function outlooks(tokens: Token[], html: (tokens: Token[]) => string): string {
  const firstView = tokens.findIndex((t) => t.type === 'heading' && t.depth === 3);
  if (firstView === -1) return html(tokens);
  const views: Token[][] = [];
  for (const token of tokens.slice(firstView)) {
    if (token.type === 'heading' && token.depth === 3) views.push([token]);
    else views.at(-1)?.push(token);
  }
  const columns = views.map((view) => `<div class="view">${html(view)}</div>`).join('');
  return `${html(tokens.slice(0, firstView))}<div class="views">${columns}</div>`;
}
