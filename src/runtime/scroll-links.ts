// Slide links on a phone. reveal's scroll view (below 435 px) rewrites the address to the cover's before it
// reads it, scrolls a link's slide short of the screen, and never writes the address as the reader moves.
import type { RevealApi } from 'reveal.js';

/** Call before `deck.initialize()`: the address is read now, before reveal replaces it. */
export function followLinksInScrollView(deck: RevealApi): void {
  const linked = window.location.hash;
  deck.on('ready', () => {
    if (inScrollView(deck) && linked !== '') show(deck, slideFor(deck, linked));
    // Registered after reveal's own handlers, so these run after reveal has scrolled, and put it right.
    window.addEventListener('hashchange', () => {
      if (inScrollView(deck)) show(deck, slideFor(deck, window.location.hash));
    });
    document.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('.reveal .slides a[href^="#/"]') : null;
      if (link !== null && inScrollView(deck)) show(deck, slideFor(deck, link.getAttribute('href') ?? ''));
    });
  });
  let writing: ReturnType<typeof setTimeout> | undefined;
  deck.on('slidechanged', () => {
    if (!inScrollView(deck)) return; // the slide view writes its own address
    // Once the reader stops on a slide: browsers limit how often a page may replace its address.
    clearTimeout(writing);
    writing = setTimeout(() => window.history.replaceState(null, '', `#${deck.getSlidePath()}`), 250);
  });
}

// -- internal --

function inScrollView(deck: RevealApi): boolean {
  return deck.getViewportElement()?.classList.contains('reveal-scroll') === true;
}

/** The slide `#/5` (numbered from 1, as the presenter sees it) or `#/cause-1` names, if any. */
function slideFor(deck: RevealApi, hash: string): HTMLElement | undefined {
  const [name = ''] = hash.replace(/^#\/?/u, '').split('/');
  // The scroll view has moved each slide into a page of its own, and marked it with its index.
  if (/^\d+$/u.test(name)) return deck.getSlidesElement()?.querySelector<HTMLElement>(`section[data-index-h="${Number(name) - 1}"]`) ?? undefined;
  try {
    return document.getElementById(decodeURIComponent(name))?.closest<HTMLElement>('.slides section') ?? undefined;
  } catch {
    return undefined; // a malformed %-escape names no slide
  }
}

/**
 * Scrolls the slide's page to the top of the screen. reveal places it by its share of the deck's scroll
 * triggers, which falls short by a page or so towards the end of the deck; a page's own top is exact.
 */
function show(deck: RevealApi, slide: HTMLElement | undefined): void {
  const page = slide?.closest<HTMLElement>('.scroll-page');
  const viewport = deck.getViewportElement();
  if (page === null || page === undefined || viewport === null) return;
  viewport.scrollTop += page.getBoundingClientRect().top - viewport.getBoundingClientRect().top;
}
