// Makes reveal's speaker view (an English, left-to-right popup) right-to-left, in the deck's fonts and language.
import speakerCss from './speaker-view.css?inline';

export interface SpeakerViewText {
  title: string;
  upcoming: string;
  time: string;
  reset: string;
  pacing: string;
  notes: string;
  layout: string;
  layouts: Readonly<Record<string, string>>;
}

/** The speaker view's words in Arabic; other languages keep reveal's English. */
export const ARABIC_SPEAKER_VIEW: SpeakerViewText = {
  title: 'عرض المتحدث',
  upcoming: 'الشريحة التالية',
  time: 'الوقت',
  reset: 'انقر لإعادة ضبط المؤقت',
  pacing: 'الإيقاع: الوقت المتبقي للشريحة الحالية',
  notes: 'ملاحظات المتحدث',
  layout: 'التخطيط',
  layouts: { default: 'افتراضي', wide: 'عريض', tall: 'طولي', 'notes-only': 'الملاحظات فقط' },
};

/**
 * Watches for the speaker view to connect (it messages this window once its slide previews are up) and
 * dresses it once: the page's language and direction, the deck's stylesheets (so its fonts), a mirrored
 * layout, and translated labels.
 */
export function localizeSpeakerView(deck: Document, text: SpeakerViewText | undefined): void {
  window.addEventListener('message', (event) => {
    // The popup's window comes from another realm, so `instanceof Window` is false for it.
    const popup = event.source as (Window & typeof globalThis) | null;
    if (!isSpeakerMessage(event.data) || popup === null || popup === window) return;
    let view: Document;
    try {
      view = popup.document; // same origin: reveal writes the view into an about:blank popup
    } catch {
      return;
    }
    if (view === undefined) return;
    if (view.documentElement.hasAttribute('data-deck-speaker-view')) return;
    view.documentElement.setAttribute('data-deck-speaker-view', '');
    dress(view, deck);
    if (text !== undefined) translate(view, popup, text, deck.documentElement.lang);
  });
}

// -- internal --

function isSpeakerMessage(data: unknown): boolean {
  if (typeof data !== 'string' || !data.includes('reveal-notes')) return false;
  try {
    const message = JSON.parse(data) as { namespace?: string };
    return message.namespace === 'reveal-notes';
  } catch {
    return false;
  }
}

function dress(view: Document, deck: Document): void {
  view.documentElement.lang = deck.documentElement.lang;
  view.documentElement.dir = deck.documentElement.dir;
  for (const sheet of deck.querySelectorAll('link[rel="stylesheet"], style')) view.head.append(view.importNode(sheet, true));
  const style = view.createElement('style');
  style.textContent = speakerCss;
  view.head.append(style);
}

function translate(view: Document, popup: Window & typeof globalThis, text: SpeakerViewText, lang: string): void {
  view.title = text.title;
  const set = (selector: string, value: string): void => {
    const element = view.querySelector(selector);
    if (element?.firstChild !== null && element?.firstChild !== undefined) element.firstChild.textContent = value;
  };
  set('#upcoming-slide .label', text.upcoming);
  set('.speaker-controls-time > .label:not(.pacing-title)', `${text.time} `);
  set('.speaker-controls-time .reset-button', text.reset);
  set('.pacing-title', text.pacing);
  set('.speaker-controls-notes .label', text.notes);
  for (const option of view.querySelectorAll<HTMLOptionElement>('.speaker-layout-dropdown option')) {
    option.textContent = text.layouts[option.value] ?? option.textContent;
  }
  // reveal rewrites the layout label on every change; keep it in the deck's language.
  const label = view.querySelector('.speaker-layout-label');
  const relabel = (): void => {
    const select = view.querySelector<HTMLSelectElement>('.speaker-layout-dropdown');
    const wanted = `${text.layout}: ${text.layouts[select?.value ?? ''] ?? ''}`;
    if (label !== null && label.textContent !== wanted) label.textContent = wanted;
  };
  if (label !== null) new popup.MutationObserver(relabel).observe(label, { childList: true, characterData: true, subtree: true });
  relabel();
  // The view formats its clock with a fixed 'en-US'; show the time as the deck's readers write it.
  const popupDate = popup.Date.prototype;
  const toLocaleTimeString = popupDate.toLocaleTimeString;
  popupDate.toLocaleTimeString = function (this: Date, _locales?: Intl.LocalesArgument, options?: Intl.DateTimeFormatOptions): string {
    return toLocaleTimeString.call(this, lang, options);
  };
}
