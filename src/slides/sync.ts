// Decides what `deck generate` does to each file in the slides folder, without touching the disk.
import type { SlideFile } from './format.ts';
import { editState } from './stamp.ts';

export type SyncAction =
  /** New, or still as generated but out of date: (re)written. */
  | { kind: 'write'; file: SlideFile }
  /** Edited by hand and out of date, overwritten because of --force. */
  | { kind: 'overwrite'; file: SlideFile }
  | { kind: 'unchanged'; name: string }
  /** Edited or written by hand: left as it is. `wanted` says whether the article still generates this name. */
  | { kind: 'keep-edited'; name: string; wanted: boolean }
  /** Generated earlier, no longer part of the deck, never edited: deleted. */
  | { kind: 'remove'; name: string };

/** Matches the slide files a deck is made of: `NN-name.md`. */
export const SLIDE_FILE = /^\d+-[^/\\]+\.md$/u;

/**
 * What to do so that the folder holds `wanted`, given the slide files it holds now (`existing`, name →
 * content). Files a person edited are never changed unless `force`, and never deleted.
 */
export function planSync(wanted: readonly SlideFile[], existing: ReadonlyMap<string, string>, force: boolean): SyncAction[] {
  const actions: SyncAction[] = wanted.map((file) => {
    const current = existing.get(file.name);
    if (current === undefined) return { kind: 'write', file };
    if (current === file.content) return { kind: 'unchanged', name: file.name };
    if (editState(current) === 'generated') return { kind: 'write', file };
    return force ? { kind: 'overwrite', file } : { kind: 'keep-edited', name: file.name, wanted: true };
  });
  const wantedNames = new Set(wanted.map((file) => file.name));
  const stale = [...existing.keys()].filter((name) => !wantedNames.has(name)).sort();
  for (const name of stale) {
    const state = editState(existing.get(name) ?? '');
    actions.push(state === 'generated' ? { kind: 'remove', name } : { kind: 'keep-edited', name, wanted: false });
  }
  return actions;
}

/** Two files the folder would hold after `actions` that give their slide the same id (its deep link). */
export interface IdConflict {
  id: string;
  /** The file names, a kept (hand-edited) one among them. */
  names: string[];
}

/**
 * The ids the folder would hold twice once `actions` are carried out: a file kept because it was edited by
 * hand, next to a newly generated one that took its id after the article changed (its numbering shifted).
 */
export function idConflicts(actions: readonly SyncAction[], existing: ReadonlyMap<string, string>): IdConflict[] {
  const byId = new Map<string, string[]>();
  for (const action of actions) {
    const [name, content] = 'file' in action ? [action.file.name, action.file.content] : [action.name, existing.get(action.name) ?? ''];
    if (action.kind === 'remove') continue;
    const id = /^id:\s*["']?([^"'\n]+?)["']?\s*$/mu.exec(content.split(/\n---\s*\n/u)[0] ?? '')?.[1];
    if (id !== undefined) byId.set(id, [...(byId.get(id) ?? []), name]);
  }
  return [...byId].filter(([, names]) => names.length > 1).map(([id, names]) => ({ id, names }));
}

/** Whether the folder differs from what the article generates; hand-edited files do not count. */
export function hasDrift(actions: readonly SyncAction[]): boolean {
  return actions.some((action) => action.kind === 'write' || action.kind === 'overwrite' || action.kind === 'remove');
}
