// reveal's plugins the first slide does not need, each loaded the first time the presenter asks for it.
// The speaker view alone weighs as much as the rest of the deck's code; none of them is on screen at first.
import type { RevealApi } from 'reveal.js';
import type { NotesPlugin } from 'reveal.js/plugin/notes';
import type { SearchPlugin } from 'reveal.js/plugin/search';

/** S opens the speaker view, Ctrl+Shift+F the search box, Ctrl/Alt+click zooms: each loads its plugin on first use. */
export function loadPluginsOnDemand(deck: RevealApi): void {
  speakerViewOnDemand(deck);
  searchOnDemand(deck);
  zoomOnDemand(deck);
}

// -- internal --

/** A speaker view left open across a reload reconnects: its heartbeat loads the plugin, which answers it. */
function speakerViewOnDemand(deck: RevealApi): void {
  deck.addKeyBinding({ keyCode: 83, key: 'S', description: 'Speaker notes view' }, () => {
    void plugin(deck, 'notes', async () => (await import('reveal.js/plugin/notes')).default()).then((notes) => (notes as NotesPlugin).open());
  });
  window.addEventListener('message', (event) => {
    if (typeof event.data === 'string' && event.data.includes('"reveal-notes"')) void plugin(deck, 'notes', async () => (await import('reveal.js/plugin/notes')).default());
  });
}

/** Once loaded, the plugin's own key handler toggles the box; this one only opens it the first time. */
function searchOnDemand(deck: RevealApi): void {
  deck.registerKeyboardShortcut('CTRL + Shift + F', 'Search');
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'F' || !(event.ctrlKey || event.metaKey) || deck.hasPlugin('search')) return;
    event.preventDefault();
    void plugin(deck, 'search', async () => (await import('reveal.js/plugin/search')).default()).then((search) => (search as SearchPlugin).open());
  });
}

/**
 * The zoom plugin zooms on a click with its modifier key (Ctrl on Linux, Alt elsewhere). The first such
 * click loads it, then is handed to it again so that it zooms where the presenter clicked.
 */
function zoomOnDemand(deck: RevealApi): void {
  const reveal = deck.getRevealElement();
  reveal?.addEventListener('mousedown', (event) => {
    const modifier = /Linux/u.test(navigator.platform) ? event.ctrlKey : event.altKey;
    if (!modifier || deck.hasPlugin('zoom') || deck.isOverview()) return;
    event.preventDefault();
    void plugin(deck, 'zoom', async () => (await import('reveal.js/plugin/zoom')).default()).then(() => {
      event.target?.dispatchEvent(new MouseEvent('mousedown', event));
    });
  });
}

const loading = new Map<string, Promise<unknown>>();

/** The plugin `id`, registered with the deck the first time it is asked for. */
function plugin(deck: RevealApi, id: string, load: () => Promise<Parameters<RevealApi['registerPlugin']>[0]>): Promise<unknown> {
  if (deck.hasPlugin(id)) return Promise.resolve(deck.getPlugin(id));
  let pending = loading.get(id);
  if (pending === undefined) {
    pending = load().then((created) => {
      if (!deck.hasPlugin(id)) deck.registerPlugin(created);
      return deck.getPlugin(id);
    });
    loading.set(id, pending);
  }
  return pending;
}
