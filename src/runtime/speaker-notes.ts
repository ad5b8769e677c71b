// Loads reveal's speaker-view plugin only when it is wanted: it weighs as much as the rest of the deck's code.
import type { RevealApi } from 'reveal.js';
import type { NotesPlugin } from 'reveal.js/plugin/notes';

/** S opens the speaker view, loading its plugin on first use; a speaker view left open reconnects after a reload. */
export function loadSpeakerViewOnDemand(deck: RevealApi): void {
  deck.addKeyBinding({ keyCode: 83, key: 'S', description: 'Speaker notes view' }, () => {
    void notesPlugin(deck).then((notes) => notes.open());
  });
  // An open speaker view sends a heartbeat every second; the plugin answers it once loaded.
  window.addEventListener('message', (event) => {
    if (typeof event.data === 'string' && event.data.includes('"reveal-notes"') && !deck.hasPlugin('notes')) void notesPlugin(deck);
  });
}

// -- internal --

async function notesPlugin(deck: RevealApi): Promise<NotesPlugin> {
  const { default: Notes } = await import('reveal.js/plugin/notes');
  if (!deck.hasPlugin('notes')) deck.registerPlugin(Notes());
  return deck.getPlugin('notes') as NotesPlugin;
}
