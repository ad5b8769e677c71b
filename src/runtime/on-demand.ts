// reveal's plugins the first slide does not need, each loaded the first time the presenter asks for it.
// The speaker view alone weighs as much as the rest of the deck's code; none of them is on screen at first.
import type { RevealApi } from 'reveal.js';
import type { NotesPlugin } from 'reveal.js/plugin/notes';
import type { SearchPlugin } from 'reveal.js/plugin/search';

type Plugin = Parameters<RevealApi['registerPlugin']>[0];

const PLUGINS = {
  notes: async (): Promise<Plugin> => (await import('reveal.js/plugin/notes')).default(),
  search: async (): Promise<Plugin> => (await import('reveal.js/plugin/search')).default(),
  zoom: async (): Promise<Plugin> => (await import('reveal.js/plugin/zoom')).default(),
} as const;

type PluginId = keyof typeof PLUGINS;

/** S opens the speaker view, Ctrl+Shift+F the search box, Ctrl/Alt+click zooms: each loads its plugin on first use. */
export function loadPluginsOnDemand(deck: RevealApi): void {
  speakerViewOnDemand(deck);
  searchOnDemand(deck);
  zoomOnDemand(deck);
  fetchWhenIdle(deck);
}

// -- internal --

/** A speaker view left open across a reload reconnects: its heartbeat loads the plugin, which answers it. */
function speakerViewOnDemand(deck: RevealApi): void {
  deck.addKeyBinding({ keyCode: 83, key: 'S', description: 'Speaker notes view' }, () => {
    void plugin(deck, 'notes').then((notes) => (notes as NotesPlugin).open());
  });
  window.addEventListener('message', (event) => {
    if (typeof event.data === 'string' && event.data.includes('"reveal-notes"')) void plugin(deck, 'notes');
  });
}

/** Once loaded, the plugin's own key handler toggles the box; this one only opens it the first time. */
function searchOnDemand(deck: RevealApi): void {
  deck.registerKeyboardShortcut('CTRL + Shift + F', 'Search');
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'F' || !(event.ctrlKey || event.metaKey) || deck.hasPlugin('search')) return;
    event.preventDefault();
    void plugin(deck, 'search').then((search) => (search as SearchPlugin).open());
  });
}

/**
 * The zoom plugin zooms on a click with its modifier key (Ctrl on Linux, Alt elsewhere). The first such
 * click loads it, then is handed to it again so that it zooms where the presenter clicked.
 */
function zoomOnDemand(deck: RevealApi): void {
  deck.getRevealElement()?.addEventListener('mousedown', (event) => {
    const modifier = /Linux/u.test(navigator.platform) ? event.ctrlKey : event.altKey;
    if (!modifier || deck.hasPlugin('zoom') || deck.isOverview()) return;
    event.preventDefault();
    void plugin(deck, 'zoom').then(() => event.target?.dispatchEvent(new MouseEvent('mousedown', event)));
  });
}

/**
 * Once the first slide is shown and the browser is idle, fetches search and zoom without starting them,
 * so they still work if the network drops during the briefing. The speaker view is not fetched: its
 * slide previews load the deck again, so it needs the network whatever is cached.
 */
function fetchWhenIdle(deck: RevealApi): void {
  const idle = window.requestIdleCallback ?? ((work: () => void) => setTimeout(work, 1000));
  deck.on('ready', () => {
    void document.fonts.ready.then(() => idle(() => (['search', 'zoom'] as const).forEach((id) => void loaded(id).catch(() => undefined)), { timeout: 5000 }));
  });
}

const loading = new Map<PluginId, Promise<Plugin>>();

/** The plugin's code, fetched once; a failed fetch is forgotten, so that the next use tries again. */
function loaded(id: PluginId): Promise<Plugin> {
  let pending = loading.get(id);
  if (pending === undefined) {
    pending = PLUGINS[id]();
    pending.catch(() => loading.delete(id));
    loading.set(id, pending);
  }
  return pending;
}

/** The plugin, registered with the deck the first time it is asked for. */
async function plugin(deck: RevealApi, id: PluginId): Promise<unknown> {
  if (!deck.hasPlugin(id)) {
    const created = await loaded(id);
    if (!deck.hasPlugin(id)) deck.registerPlugin(created);
  }
  return deck.getPlugin(id);
}
