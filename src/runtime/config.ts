// The reveal.js settings for a briefing deck, derived from the page's direction and the viewer's motion preference.
import type { RevealConfig } from 'reveal.js';
import { digits, type Numerals, numeralsOf } from '../text/numerals.ts';

export { numeralsOf };

export interface DeckEnvironment {
  /** The page's `dir`, set at build time from the article's script. */
  direction: 'rtl' | 'ltr';
  prefersReducedMotion: boolean;
  /**
   * The page is a preview inside reveal's speaker view (`?receiver`). The view addresses its previews
   * with 0-based `#/h/v` hashes, so there the deck must read hashes 0-based.
   */
  receiver: boolean;
  /** The viewport's width in CSS pixels. */
  viewportWidth: number;
  /** The digits of the deck's own numbers, from the page's `data-numerals`. */
  numerals: Numerals;
}

/** The canvas every slide is laid out on; reveal scales it to the screen. */
export const CANVAS = { width: 1280, height: 720 } as const;

/**
 * On a phone reveal shows the slides one under another (its scroll view, below 435 px). A 16:9 canvas
 * scaled to a 390 px screen would set body text at 9 px; a portrait canvas keeps it near 16 px.
 */
export const PORTRAIT_CANVAS = { width: 720, height: 1040 } as const;
export const SCROLL_VIEW_BELOW = 435;

/**
 * The deck's total time in seconds, from the slides' `data-timing`. The speaker view paces only when
 * a total (or a default) is set; with every slide timed, the total spreads exactly as the slides say.
 */
export function totalTime(timings: readonly (string | undefined)[]): number | null {
  const seconds = timings.map((t) => Number(t));
  return seconds.length > 0 && seconds.every((s) => Number.isFinite(s) && s > 0) ? seconds.reduce((a, b) => a + b, 0) : null;
}

export function revealConfig(environment: DeckEnvironment): RevealConfig {
  const still = environment.prefersReducedMotion;
  return {
    rtl: environment.direction === 'rtl',
    ...(isPortrait(environment) ? PORTRAIT_CANVAS : CANVAS),
    scrollActivationWidth: SCROLL_VIEW_BELOW,
    margin: 0.04,
    // reveal lays out every slide within this distance as the deck opens. The next one is enough for a
    // smooth step forward; each one more delays the first slide (and fetches fonts it does not show).
    viewDistance: 1,
    center: false,
    // Every slide is a shareable link; #/3 is the slide numbered 3, as the presenter sees it.
    hash: true,
    hashOneBasedIndex: !environment.receiver,
    // «٤ / ١٣» or «4 / 13», in the deck's digits like its agenda and running labels.
    slideNumber: (slide: HTMLElement | undefined) => {
      const slides = [...document.querySelectorAll('.reveal .slides > section')];
      const index = slide === undefined ? 0 : slides.indexOf(slide) + 1;
      // reveal shows the second number only when it is a number: write both into the first.
      return [`${digits(index, environment.numerals)} / ${digits(slides.length, environment.numerals)}`, '', ''];
    },
    showSlideNumber: 'all',
    progress: true,
    controls: true,
    controlsTutorial: false,
    navigationMode: 'linear',
    transition: still ? 'none' : 'slide',
    backgroundTransition: still ? 'none' : 'fade',
    pdfSeparateFragments: false,
  };
}

/** Whether the deck is laid out on the portrait canvas (a phone, not a speaker-view preview). */
export function isPortrait(environment: DeckEnvironment): boolean {
  return !environment.receiver && environment.viewportWidth < SCROLL_VIEW_BELOW;
}
