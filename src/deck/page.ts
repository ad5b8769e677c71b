// Puts a compiled deck into the page template (index.html): its slides, language, direction and title.
import type { CompiledDeck } from './compile.ts';
import { escapeHtml } from './html.ts';

/** Where the slides go in index.html. */
export const SLIDES_PLACEHOLDER = '<!-- deck:slides -->';

/** `template` with the deck's slides, language, direction and title, and `head` before `</head>`. */
export function injectDeck(template: string, deck: CompiledDeck, head = ''): string {
  if (!template.includes(SLIDES_PLACEHOLDER)) {
    throw new Error(`index.html has no ${SLIDES_PLACEHOLDER} placeholder inside <div class="slides">`);
  }
  const { meta } = deck;
  return template
    .replace(/<html\b[^>]*>/u, `<html lang="${escapeHtml(meta.lang)}" dir="${meta.dir}">`)
    .replace(/<title>[\s\S]*?<\/title>/u, `<title>${escapeHtml(meta.fullTitle)}</title>`)
    .replace('</head>', () => `  ${head}\n  </head>`)
    .replace(SLIDES_PLACEHOLDER, () => deck.sectionsHtml);
}
