// The handle main.ts puts on window, so the deck can be driven from tests and the PDF exporter.
import type { RevealApi } from 'reveal.js';

declare global {
  interface Window {
    deck: RevealApi;
  }
}
