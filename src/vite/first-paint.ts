// The theme's phone rules, for the first paint too. The theme lays a phone's slides on a portrait canvas
// under `html.deck-portrait`, a class the runtime sets (not in the speaker view's previews, which are
// narrow too). Before the runtime has run there is no class: this copies each of those rules under a
// narrow-screen media query for a page whose deck is not yet ready, so the first paint of a phone is the
// portrait slide reveal.js will show. Written once in the theme, copied at build time.
import type { Plugin } from 'vite';

/** The widest screen laid out as a phone: below reveal's scroll-view width (src/runtime/config.ts). */
export const PHONE_MEDIA = '(max-width: 434.98px)';
const PORTRAIT = 'html.deck-portrait';
const BEFORE_READY = 'html:has(> body > .reveal:not(.ready))';

/** `css` followed by its top-level `html.deck-portrait` rules, for a phone before the deck is ready. */
export function withFirstPaintPortrait(css: string): string {
  const rules = topLevelRules(css).filter(({ selectors }) => selectors.every((s) => s.startsWith(PORTRAIT)));
  if (rules.length === 0) return css;
  const copies = rules.map(({ selectors, body }) => `  ${selectors.map((s) => BEFORE_READY + s.slice(PORTRAIT.length)).join(',\n  ')} {${body}}`);
  return `${css}\n/* The phone rules above, for the first paint (src/vite/first-paint.ts). */\n@media ${PHONE_MEDIA} {\n${copies.join('\n')}\n}\n`;
}

/**
 * The Vite plugin for the first paint: the theme's phone rules copied (before Vite compiles the style
 * sheet), and what the first paint does without (the deck's script, reveal.css) asked for after the
 * slides, at low priority: on a slow link the page, and what it draws with, come first.
 */
export function firstPaintPlugin({ singleFile }: { singleFile: boolean }): Plugin {
  return {
    name: 'deck-first-paint',
    enforce: 'pre',
    transform: (code, id) => (/[\\/]src[\\/]runtime[\\/]theme\.css$/u.test(id) ? withFirstPaintPortrait(code) : undefined),
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        if (singleFile) return withLowPriorityScript(html);
        // reveal.css, which the runtime loads before reveal starts.
        const reveal = Object.values(context.bundle ?? {}).find((file) => file.type === 'asset' && file.originalFileNames.some((name) => name.endsWith('reveal.js/dist/reveal.css')));
        const preload = reveal === undefined ? '' : `<link rel="preload" as="style" href="./${reveal.fileName}" fetchpriority="low" />`;
        return withScriptAfterSlides(withLowPriorityScript(html), preload);
      },
    },
  };
}

/** The page's module script with `fetchpriority="low"`. */
export function withLowPriorityScript(html: string): string {
  return html.replace(/<script type="module"(?![^>]*fetchpriority)/gu, '<script type="module" fetchpriority="low"');
}

/**
 * The page's module scripts moved from its head to the end of its body, followed by `extra`: a browser
 * reading the page finds them once the slides, and what the head brought inside it, have arrived. (A
 * module script runs once the page is parsed wherever it stands.)
 */
export function withScriptAfterSlides(html: string, extra = ''): string {
  const scripts: string[] = [];
  const moved = html.replace(/[ \t]*<script type="module"[^>]*><\/script>\n?/gu, (script) => {
    scripts.push(script.trim());
    return '';
  });
  const tail = [...scripts, extra].filter((tag) => tag !== '');
  return tail.length === 0 ? html : moved.replace('</body>', () => `  ${tail.join('\n    ')}\n  </body>`);
}

// -- internal --

interface Rule {
  selectors: string[];
  body: string;
}

/** The style rules at the top level of `css` (not inside @media or other blocks), comments removed. */
function topLevelRules(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//gu, '');
  const rules: Rule[] = [];
  let depth = 0;
  let start = 0;
  let open = 0;
  for (let at = 0; at < text.length; at++) {
    if (text[at] === '{' && depth++ === 0) open = at;
    if (text[at] !== '}' || --depth !== 0) continue;
    const prelude = text.slice(start, open).trim();
    if (!prelude.startsWith('@')) rules.push({ selectors: selectorList(prelude), body: text.slice(open + 1, at) });
    start = at + 1;
  }
  return rules;
}

/** A selector list split at its top-level commas (not those inside `:is(…)` or `:has(…)`). */
function selectorList(prelude: string): string[] {
  const selectors: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at <= prelude.length; at++) {
    const char = prelude[at];
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (at === prelude.length || (char === ',' && depth === 0)) {
      selectors.push(prelude.slice(start, at).trim());
      start = at + 1;
    }
  }
  return selectors;
}
