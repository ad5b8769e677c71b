// Fills a gap in reveal.js 6's types: options its speaker view reads that RevealConfig does not declare.
// The interface lives in a file the package does not export by name, so it is augmented by its path.
import 'reveal.js';

declare module '../../node_modules/reveal.js/dist/config' {
  interface RevealConfig {
    /** Seconds for the whole deck; the speaker view's pacing timer uses it with each slide's data-timing. */
    totalTime?: number | null;
    /** The least time a slide may get; the speaker view warns about slides below it. */
    minimumTimePerSlide?: number;
  }
}
