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
    // The classes reveal.js gives the page, the deck and its direction as it starts, written here so the
    // first paint (before the script) is laid out as reveal will lay it out.
    .replace(/<html\b[^>]*>/u, `<html lang="${escapeHtml(meta.lang)}" dir="${meta.dir}" data-numerals="${meta.numerals}" class="reveal-full-page">`)
    .replace(/<body\b[^>]*>/u, '<body class="reveal-viewport">')
    .replace('<div class="reveal">', `<div class="reveal${meta.dir === 'rtl' ? ' rtl' : ''}">`)
    .replace(/<title>[\s\S]*?<\/title>/u, `<title>${escapeHtml(meta.fullTitle)}</title>`)
    .replace('</head>', () => `  ${head}\n  </head>`)
    .replace(SLIDES_PLACEHOLDER, () => deck.sectionsHtml);
}

/**
 * `html` asking the browser to fetch `fontFiles` (paths relative to the page) as soon as it reads the
 * page's head: right after its policy (which must come before what it governs), or at the end of the head
 * in a page without one. Chromium holds the first paint back until a preloaded font has arrived, so the
 * first slide is laid out once, in its own fonts, rather than again when each font arrives.
 * `withoutScripts` are asked for inside `<noscript>`: only by a browser that runs no script.
 */
export function withFontPreloads(html: string, fontFiles: readonly string[], withoutScripts: readonly string[] = []): string {
  const links = fontFiles.map(preloadLink);
  if (withoutScripts.length > 0) links.push(`<noscript>${withoutScripts.map(preloadLink).join('')}</noscript>`);
  if (links.length === 0) return html;
  const policy = /<meta http-equiv="Content-Security-Policy"[^>]*>/u.exec(html);
  if (policy === null) return html.replace('</head>', () => `  ${links.join('\n    ')}\n  </head>`);
  const end = policy.index + policy[0].length;
  return `${html.slice(0, end)}\n    ${links.join('\n    ')}${html.slice(end)}`;
}

// -- internal --

function preloadLink(file: string): string {
  const href = `./${file.split('/').map(encodeURIComponent).join('/')}`;
  return `<link rel="preload" href="${escapeHtml(href)}" as="font" type="font/woff2" crossorigin />`;
}
