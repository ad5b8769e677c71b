// What a briefing adds around a slide's own content: a running label saying where the room is in the argument
// («الأسباب — ٢ من ٥»), and a quiet footer with the institution, the date and the logo. Never a middle dot
// beside a number: in Arabic-Indic digits a dot is a zero («٠»).
import { labelsFor } from '../slides/labels.ts';
import { ITEM_KINDS, type ItemKind, type SlideKind } from '../slides/model.ts';
import { digits } from '../text/numerals.ts';
import { escapeHtml } from './html.ts';
import type { DeckMeta } from './meta.ts';
import type { SourceSlide } from './slide-file.ts';

/** For each slide, its running label's text, or undefined: a point's place among the points of its group. */
export function runningLabels(slides: readonly Pick<SourceSlide, 'kind'>[], meta: DeckMeta): (string | undefined)[] {
  const labels = labelsFor(meta.lang);
  const result: (string | undefined)[] = slides.map(() => undefined);
  let start = 0;
  while (start < slides.length) {
    const kind = slides[start]?.kind;
    let end = start;
    while (end < slides.length && slides[end]?.kind === kind) end++;
    if (isItemKind(kind) && end - start >= 2) {
      for (let i = start; i < end; i++) {
        result[i] = `${labels.groups[kind]} — ${digits(i - start + 1, meta.numerals)} ${labels.of} ${digits(end - start, meta.numerals)}`;
      }
    }
    start = end;
  }
  return result;
}

/** The footer's words: the institution and the date, whichever the title slide gives. */
export function footerParts(meta: DeckMeta): string[] {
  return [meta.source, meta.date].filter((part): part is string => part !== undefined);
}

/** The footer of a content slide: logo, institution and date, whichever the title slide gives; '' for none. */
export function footerHtml(meta: DeckMeta, assetUrl: (file: string) => string): string {
  const parts = footerParts(meta);
  const logo = meta.logo === undefined ? '' : `<img class="footer-logo" src="${escapeHtml(assetUrl(meta.logo))}" alt="" />`;
  if (parts.length === 0 && logo === '') return '';
  const text = parts.map((part) => `<span dir="auto">${escapeHtml(part)}</span>`).join('<span class="footer-bar"> | </span>');
  return `<footer class="slide-footer">${logo}${text}</footer>`;
}

/** Slides drawn on the dark brand colour: the cover, the dividers and the closing source slide. */
export const DARK_KINDS: ReadonlySet<SlideKind> = new Set(['title', 'divider', 'source']);

/** Slides that carry the footer: every slide but the dark ones. */
export function hasFooter(kind: SlideKind): boolean {
  return !DARK_KINDS.has(kind);
}

// -- internal --

function isItemKind(kind: SlideKind | undefined): kind is ItemKind {
  return (ITEM_KINDS as readonly string[]).includes(kind ?? '');
}
