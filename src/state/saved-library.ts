/**
 * One tab's saved scenarios: what is stored (one key per scenario), what this tab could not
 * store (kept for the visit, never dropped by another tab's write), and what could not be read.
 * Plain functions over a Storage, so tests can run two tabs over one simulated storage.
 */
import { formatCountOf } from '../model/format.ts';
import type { SavedScenario, SharingState, UnreadableItem } from './sharing.ts';
import {
  entryText,
  keyOf,
  LEGACY_LIST_KEY,
  newId,
  parseEntry,
  readStorage,
  SAVED_KEY_PREFIX,
  unreadableItem,
  type StorageLike,
} from './saved-records.ts';

type View = Pick<SharingState, 'saved' | 'unreadable'> &
  Partial<Pick<SharingState, 'storageNotice'>>;

export interface SaveOutcome {
  entry: SavedScenario;
  /** An entry of the same name was updated rather than a new one added. */
  replaced: boolean;
  /** False when the browser refused to store it (it stays listed for this visit). */
  stored: boolean;
}

const notStored = (name: string, blocked: boolean) =>
  `“${name}” could not be stored in this browser (${blocked ? 'storage is blocked here' : 'storage is full or disabled'}). It stays in the list until the page is closed; nothing saved before was lost.`;

const unreadableNotice = (count: number) =>
  `Some data saved by this page could not be read (${formatCountOf(count, 'item')}), so it is not listed. It is kept as it was: look at it below, then download or clear it.`;

export function createSavedLibrary(
  storage: () => StorageLike | null,
  publish: (view: View) => void,
) {
  /** Every listed scenario in creation order (a Map keeps an updated entry in its place). */
  const entries = new Map<string, SavedScenario>();
  /** Ids this tab could not store: listed until the page closes, retried on each save. */
  const unstored = new Set<string>();
  let unreadable: UnreadableItem[] = [];

  const list = (): SavedScenario[] => [...entries.values()];
  const show = (notice?: string | null) =>
    publish({
      saved: list(),
      unreadable,
      ...(notice === undefined ? {} : { storageNotice: notice }),
    });

  /** Writes one entry to its own key; on refusal it stays listed as unstored. */
  const write = (entry: SavedScenario): boolean => {
    entries.set(entry.id, entry);
    try {
      const store = storage();
      if (store === null) throw new Error('blocked');
      store.setItem(keyOf(entry.id), entryText(entry));
    } catch {
      unstored.add(entry.id);
      return false;
    }
    unstored.delete(entry.id);
    return true;
  };

  /** Moves the first format's list to one key per scenario, then drops it (or its good part). */
  const migrate = (store: StorageLike, legacy: ReturnType<typeof readStorage>['legacy']) => {
    if (legacy === null) return;
    let all = true;
    for (const entry of legacy.saved) if (!entries.has(entry.id)) all = write(entry) && all;
    if (!all) return; // try again on the next visit; nothing is lost meanwhile
    try {
      if (legacy.invalid.length === 0) store.removeItem(LEGACY_LIST_KEY);
      // Keeps only what could not be read (smaller than before, so it always fits).
      else store.setItem(LEGACY_LIST_KEY, JSON.stringify({ format: 1, scenarios: legacy.invalid }));
    } catch {
      // Left as it was: its entries are already under their own keys.
    }
  };

  const hydrate = () => {
    const store = storage();
    const data = store === null ? null : readStorage(store);
    const kept = [...unstored].flatMap((id) => entries.get(id) ?? []);
    entries.clear();
    for (const entry of data?.saved ?? []) entries.set(entry.id, entry);
    if (kept.length > 0) {
      for (const entry of kept) entries.set(entry.id, entry); // this tab's version wins
      const sorted = [...entries.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
      entries.clear();
      for (const entry of sorted) entries.set(entry.id, entry);
    }
    if (store !== null && data !== null) migrate(store, data.legacy);
    unreadable = data?.unreadable ?? [];
    show(unreadable.length > 0 ? unreadableNotice(unreadable.length) : null);
  };

  return {
    list,
    /** (Re)reads everything stored; this visit's unstored scenarios stay listed. */
    hydrate,
    /** As a new page would start: forgets this visit's unstored scenarios, then reads storage. */
    reload: () => {
      unstored.clear();
      hydrate();
    },

    /** Saves a query under a name, updating the scenario of that name if there is one. */
    save: (name: string, query: string, now = new Date()): SaveOutcome => {
      const existing = list().find((entry) => entry.name === name);
      const savedAt = now.toISOString();
      const entry = existing
        ? { ...existing, query, savedAt }
        : { id: newId(now.getTime()), name, query, savedAt };
      const ok = write(entry);
      if (ok) for (const id of [...unstored]) write(entries.get(id) ?? entry);
      show(ok ? undefined : notStored(name, storage() === null));
      return { entry, replaced: existing !== undefined, stored: ok };
    },
    rename: (id: string, name: string, query: string): boolean => {
      const entry = list().find((e) => e.id === id);
      if (entry === undefined) return false;
      const ok = write({ ...entry, name, query });
      show(ok ? undefined : notStored(name, storage() === null));
      return ok;
    },
    remove: (id: string) => {
      try {
        storage()?.removeItem(keyOf(id));
      } catch {
        // Nothing to undo: the entry leaves the list either way.
      }
      entries.delete(id);
      unstored.delete(id);
      show();
    },
    /** The unreadable data as one text file: each key on a line, then its stored text as it is. */
    unreadableText: (): string => {
      const store = storage();
      const read = (key: string) => {
        try {
          return store?.getItem(key) ?? '';
        } catch {
          return '';
        }
      };
      return unreadable.map((item) => `${item.key}\n${read(item.key)}\n`).join('\n');
    },
    /** Removes the unreadable data (after the page showed it to the user). */
    clearUnreadable: () => {
      const store = storage();
      for (const item of unreadable) {
        try {
          store?.removeItem(item.key);
        } catch {
          // Still unreadable next time, and still offered for clearing.
        }
      }
      unreadable = [];
      show(null);
    },

    /** Another tab changed storage: merge that one key; never replace the whole list. */
    onStorage: (event: Pick<StorageEvent, 'key' | 'newValue'>) => {
      const { key, newValue } = event;
      if (key === null || key === LEGACY_LIST_KEY) return hydrate(); // cleared, or an old tab
      if (!key.startsWith(SAVED_KEY_PREFIX)) return;
      const id = key.slice(SAVED_KEY_PREFIX.length);
      const entry = newValue === null ? null : parseEntry(newValue, id);
      unreadable = unreadable.filter((item) => item.key !== key);
      if (newValue !== null && entry === null) unreadable.push(unreadableItem(key, newValue));
      // What this tab could not store is its user's latest version: it stays as it is.
      if (!unstored.has(id)) {
        if (entry === null) entries.delete(id);
        else entries.set(id, entry);
      }
      show();
    },
  };
}

export type SavedLibrary = ReturnType<typeof createSavedLibrary>;
