// The browser side of the deck: starts reveal.js on the compiled slides with the theme, fonts and plugins.
import Reveal from 'reveal.js';
import revealStyles from 'virtual:deck-reveal-styles';
import './reveal-first-paint.css';
import 'virtual:deck-fonts.css';
import './theme.css';
import './first-paint.css';
import { isPortrait, numeralsOf, revealConfig, totalTime } from './config.ts';
import { loadPluginsOnDemand } from './on-demand.ts';
import { followLinksInScrollView } from './scroll-links.ts';
import { ARABIC_SPEAKER_VIEW, localizeSpeakerView } from './speaker-view.ts';
import { loadStyleSheetFirst } from './styles.ts';

// The first paint needs none of reveal.css; reveal does, before it starts (src/runtime/first-paint.css).
await loadStyleSheetFirst(revealStyles);

const environment = {
  direction: document.documentElement.dir === 'ltr' ? 'ltr' : 'rtl',
  prefersReducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  receiver: new URLSearchParams(window.location.search).has('receiver'),
  viewportWidth: window.innerWidth,
  numerals: numeralsOf(document.documentElement.dataset['numerals']) ?? 'latn',
} as const;
document.documentElement.classList.toggle('deck-portrait', isPortrait(environment));

const deck = new Reveal({
  ...revealConfig(environment),
  totalTime: totalTime([...document.querySelectorAll<HTMLElement>('.reveal .slides > section')].map((s) => s.dataset['timing'])),
});

localizeSpeakerView(document, document.documentElement.lang === 'ar' ? ARABIC_SPEAKER_VIEW : undefined);
if (!environment.receiver) loadPluginsOnDemand(deck);
followLinksInScrollView(deck);

// Tests and the PDF exporter drive the deck through this handle.
window.deck = deck;
void deck.initialize();
