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
  onPage: (n: number, of: number) => void,
  pagesSelector: string = PRINTED_PAGES,
): Promise<PageProblem[]> {
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds: pages } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: pagesSelector });
  const problems: PageProblem[] = [];
  for (const [index, pageNode] of pages.entries()) {
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: pageNode, selector: `${TEXT}, .speaker-notes-pdf, .slide-number-pdf` });
    const foreign = new Set<string>();
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts) if (!font.isCustomFont) foreign.add(font.familyName);
    }
    if (foreign.size > 0) problems.push({ page: index + 1, problem: `drawn with system font(s): ${[...foreign].join(', ')}` });
    onPage(index + 1, pages.length);
  }
  return problems;
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
