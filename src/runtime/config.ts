// The reveal.js settings for a briefing deck, derived from the page's direction and the viewer's motion preference.
import type { RevealConfig } from 'reveal.js';

export interface DeckEnvironment {
  /** The page's `dir`, set at build time from the article's script. */
  direction: 'rtl' | 'ltr';
  prefersReducedMotion: boolean;
}

/** The canvas every slide is laid out on; reveal scales it to the screen. */
export const CANVAS = { width: 1280, height: 720 } as const;

export function revealConfig(environment: DeckEnvironment): RevealConfig {
  const still = environment.prefersReducedMotion;
  return {
    rtl: environment.direction === 'rtl',
    ...CANVAS,
    margin: 0.04,
    center: false,
    // Every slide is a shareable link; #/3 is the slide numbered 3, as the presenter sees it.
    hash: true,
    hashOneBasedIndex: true,
    slideNumber: 'c/t',
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
