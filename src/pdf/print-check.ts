/// <reference lib="dom" />
// Checks a deck laid out for print before it is printed: which fonts draw each page, and whether anything spills.
// (The DOM types above are for the functions passed to page.evaluate, which run in the page.)
import type { CDPSession, Page } from 'playwright-core';

export interface PageProblem {
  /** 1-based page number in the PDF. */
  page: number;
  problem: string;
}

/** The printed pages, in order: a slide's page, and in a handout the notes page after it. */
export const PRINTED_PAGES = '.reveal .slides .pdf-page, .reveal .slides .speaker-notes-pdf[data-layout="separate-page"]';

/** The text elements a reader sees on a printed page. */
const TEXT = ':is(h1, h2, h3, h4, p, li, a, strong, em, span, td, th, blockquote)';

/**
 * Every glyph on every page must be drawn by a web font the deck ships: Chrome's
 * `CSS.getPlatformFontsForNode` names the font that actually drew a node, which a computed
 * `font-family` does not (a stylesheet rule can win and hand the text to a system font).
 */
export async function systemFontProblems(
  page: Page,
  cdp: CDPSession,
  pagesSelector: string = PRINTED_PAGES,
): Promise<PageProblem[]> {
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds: pages } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: pagesSelector });
  // Every page asked at once: the answers come back in one stream instead of a round trip each.
  const checked = await Promise.all(
    pages.map(async (pageNode, index) => {
      const problem = await pageFontProblem(page, cdp, pageNode);
      return problem === undefined ? undefined : { page: index + 1, problem };
    }),
  );
  return checked.filter((problem): problem is PageProblem => problem !== undefined);
}

/** What draws a printed page's text with a system font, if anything does, and which characters no deck font has. */
async function pageFontProblem(page: Page, cdp: CDPSession, pageNode: number): Promise<string | undefined> {
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: pageNode, selector: `${TEXT}, .speaker-notes-pdf, .slide-number-pdf` });
  const answers = await Promise.all(nodeIds.map(async (nodeId) => ({ nodeId, fonts: (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts })));
  const foreign = new Set<string>();
  const texts: string[] = [];
  for (const { nodeId, fonts } of answers) {
    const system = fonts.filter((font) => !font.isCustomFont);
    for (const font of system) foreign.add(font.familyName);
    if (system.length > 0) texts.push((await cdp.send('DOM.getOuterHTML', { nodeId })).outerHTML.replace(/<[^>]*>/gu, ''));
  }
  if (foreign.size === 0) return undefined;
  const uncovered = await charactersNoFontCovers(page, texts.join(''));
  const which = uncovered.length === 0 ? '' : `; no font the deck ships has ${uncovered.map((c) => `«${c}» (U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}`;
  return `drawn with system font(s): ${[...foreign].join(', ')}${which}`;
}

/** The characters of `text` (spaces and marks aside) that no @font-face of the page claims in its unicode-range. */
async function charactersNoFontCovers(page: Page, text: string): Promise<string[]> {
  return page.evaluate((characters) => {
    const ranges: [number, number][] = [];
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (!(rule instanceof CSSFontFaceRule)) continue;
        const declared = rule.style.getPropertyValue('unicode-range') || 'U+0-10FFFF';
        for (const part of declared.split(',')) {
          const [from = '0', to] = part.trim().replace(/^U\+/iu, '').split('-');
          const low = Number.parseInt(from.replace(/\?/gu, '0'), 16);
          ranges.push([low, to === undefined ? Number.parseInt(from.replace(/\?/gu, 'F'), 16) : Number.parseInt(to, 16)]);
        }
      }
    }
    const missing = [...new Set(characters)].filter((c) => /[^\s\p{M}\p{Cf}]/u.test(c) && !ranges.some(([low, high]) => (c.codePointAt(0) ?? 0) >= low && (c.codePointAt(0) ?? 0) <= high));
    return missing.slice(0, 10);
  }, text);
}

/** Text that reaches outside its slide's frame or its printed page, and frames whose content is taller than they are. */
export async function layoutProblems(page: Page): Promise<PageProblem[]> {
  return page.evaluate(
    ({ pages, text }) => {
      const problems: { page: number; problem: string }[] = [];
      document.querySelectorAll<HTMLElement>(pages).forEach((printed, index) => {
        const frame = printed.querySelector<HTMLElement>('.slide-frame');
        if (frame !== null && frame.scrollHeight > frame.clientHeight + 1) {
          problems.push({ page: index + 1, problem: `the slide's content is ${frame.scrollHeight}px tall in a ${frame.clientHeight}px frame` });
        }
        const box = (frame ?? printed).getBoundingClientRect();
        for (const element of printed.querySelectorAll<HTMLElement>(text)) {
          const r = element.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) continue;
          if (r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.right > box.right + 1) {
            problems.push({ page: index + 1, problem: `«${(element.textContent ?? '').trim().slice(0, 40)}» runs off the page` });
          }
        }
      });
      return problems;
    },
    { pages: PRINTED_PAGES, text: TEXT },
  );
}
