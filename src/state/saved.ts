/**
 * Sharing state beside the inputs: scenarios saved in this browser, the comparison on screen, and
 * what a link had to ignore. Saved scenarios are stored as their link's query string, so they
 * migrate exactly like links; the list lives under one versioned localStorage key and is checked
 * entry by entry on read, so damaged or foreign data costs a notice, never the page.
 */
import { create } from 'zustand';
import type { Problem } from '../model/validate.ts';
import type { Inputs } from './store.ts';

export const SAVED_STORAGE_KEY = 'finetune-or-prompt:saved-scenarios';
/** Where unreadable stored data is kept before the first save overwrites it, for the curious. */
export const SAVED_BACKUP_KEY = `${SAVED_STORAGE_KEY}:unreadable`;
const STORAGE_FORMAT = 1;
/** Far above any real link (< 2,000 characters); guards against foreign blobs. */
const MAX_QUERY_LENGTH = 20_000;
const MAX_NAME_LENGTH = 80;

export interface SavedScenario {
  id: string;
  name: string;
  /** The scenario's link query string, without the leading `?`. */
  query: string;
  /** ISO date-time of the last save. */
  savedAt: string;
}

/** Two scenarios side by side; `left: null` means the current scenario. */
export interface Comparison {
  left: Inputs | null;
  right: Inputs;
}

export interface SharingState {
  saved: readonly SavedScenario[];
  /** Why stored data was ignored or could not be written; null when all is well. */
  storageNotice: string | null;
  /** Values a link or an opened saved scenario had to ignore; shown until dismissed. */
  linkProblems: readonly Problem[];
  compare: Comparison | null;
}

export interface SharingActions {
  /** (Re)reads the saved list from storage: at start-up and when another tab changes it. */
  hydrate: () => void;
  /**
   * Saves a query under a name, replacing a saved scenario of the same name. False when the
   * browser refused to store it (it stays listed for this visit; storageNotice says why).
   */
  save: (name: string, query: string) => boolean;
  rename: (id: string, name: string, query: string) => void;
  remove: (id: string) => void;
  setLinkProblems: (problems: readonly Problem[]) => void;
  dismissStorageNotice: () => void;
  setCompare: (compare: Comparison | null) => void;
}

function isSaved(value: unknown): value is SavedScenario {
  if (typeof value !== 'object' || value === null) return false;
  const { id, name, query, savedAt } = value as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    id !== '' &&
    typeof name === 'string' &&
    name.length <= MAX_NAME_LENGTH &&
    typeof query === 'string' &&
    query.length <= MAX_QUERY_LENGTH &&
    typeof savedAt === 'string'
  );
}

const UNREADABLE =
  'The scenarios saved in this browser could not be read, so they are not listed. Saving again starts a new list.';

/** Reads the stored list. Never throws: whatever is not a saved scenario is skipped and counted. */
export function readSavedList(raw: string | null): {
  saved: SavedScenario[];
  notice: string | null;
} {
  if (raw === null) return { saved: [], notice: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { saved: [], notice: UNREADABLE };
  }
  const { format, scenarios } = (typeof data === 'object' && data !== null ? data : {}) as Record<
    string,
    unknown
  >;
  if (format !== STORAGE_FORMAT || !Array.isArray(scenarios)) {
    return { saved: [], notice: UNREADABLE };
  }
  const saved: SavedScenario[] = [];
  for (const entry of scenarios) {
    if (!isSaved(entry) || saved.some((kept) => kept.id === entry.id)) continue;
    // Copy the four fields only: foreign data may carry anything else.
    saved.push({ id: entry.id, name: entry.name, query: entry.query, savedAt: entry.savedAt });
  }
  const skipped = scenarios.length - saved.length;
  const notice =
    skipped === 0
      ? null
      : `${skipped} saved ${skipped === 1 ? 'scenario' : 'scenarios'} could not be read and ${skipped === 1 ? 'was' : 'were'} skipped.`;
  return { saved, notice };
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null; // the getter throws when storage is blocked
  } catch {
    return null;
  }
}

/** Raw data that could not be read; copied aside before the first write replaces it. */
let unreadRaw: string | null = null;

function persist(saved: readonly SavedScenario[]): string | null {
  const store = storage();
  if (store === null) return 'This browser does not allow saving here (storage is blocked).';
  try {
    if (unreadRaw !== null) store.setItem(SAVED_BACKUP_KEY, unreadRaw);
    unreadRaw = null;
    store.setItem(SAVED_STORAGE_KEY, JSON.stringify({ format: STORAGE_FORMAT, scenarios: saved }));
    return null;
  } catch {
    return 'The scenario could not be stored in this browser (storage may be full or disabled). It stays in the list until the page is closed.';
  }
}

function newId(): string {
  // Not crypto.randomUUID: that exists only on https and localhost pages.
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export const useSharing = create<SharingState & SharingActions>()((set, get) => {
  /** Sets the list and writes it through; false when storage refused (the notice says why). */
  const update = (saved: SavedScenario[]) => {
    const problem = persist(saved);
    set(problem === null ? { saved } : { saved, storageNotice: problem });
    return problem === null;
  };
  return {
    saved: [],
    storageNotice: null,
    linkProblems: [],
    compare: null,
    hydrate: () => {
      let raw: string | null;
      try {
        raw = storage()?.getItem(SAVED_STORAGE_KEY) ?? null;
      } catch {
        raw = null; // blocked storage reads as an empty list
      }
      const { saved, notice } = readSavedList(raw);
      unreadRaw = notice === null ? null : raw;
      set({ saved, storageNotice: notice });
    },
    save: (name, query) => {
      const savedAt = new Date().toISOString();
      const existing = get().saved.find((entry) => entry.name === name);
      return update(
        existing
          ? get().saved.map((entry) => (entry === existing ? { ...entry, query, savedAt } : entry))
          : [...get().saved, { id: newId(), name, query, savedAt }],
      );
    },
    rename: (id, name, query) => {
      update(get().saved.map((entry) => (entry.id === id ? { ...entry, name, query } : entry)));
    },
    remove: (id) => {
      update(get().saved.filter((entry) => entry.id !== id));
    },
    setLinkProblems: (linkProblems) => set({ linkProblems }),
    dismissStorageNotice: () => set({ storageNotice: null }),
    setCompare: (compare) => set({ compare }),
  };
});

/** Keeps the list in step when another tab saves or deletes. Returns a function that stops. */
export function watchOtherTabs(win: Pick<Window, 'addEventListener' | 'removeEventListener'>) {
  const onStorage = (event: StorageEvent) => {
    if (event.key === SAVED_STORAGE_KEY || event.key === null) useSharing.getState().hydrate();
  };
  win.addEventListener('storage', onStorage);
  return () => win.removeEventListener('storage', onStorage);
}
