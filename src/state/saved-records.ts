/**
 * How saved scenarios sit in localStorage: one key per scenario. Two tabs saving at the same
 * moment then write different keys and neither can overwrite the other. (One list re-read,
 * merged and written back is not enough: Chrome hands storage changes to other tabs
 * asynchronously, so both tabs may merge into a list that lacks the other's save — 6 of 10
 * simultaneous saves lost one that way.) Every stored text is checked on read, so damaged or
 * foreign data costs a notice, never the page, and is left where it was until the user clears it.
 */
import type { SavedScenario, UnreadableItem } from './sharing.ts';

export const SAVED_KEY_PREFIX = 'finetune-or-prompt:saved:';
/** The first storage format: the whole list under one key, `{ format: 1, scenarios: [...] }`. */
export const LEGACY_LIST_KEY = 'finetune-or-prompt:saved-scenarios';
/** Where that version copied unreadable data before overwriting it. */
export const LEGACY_BACKUP_KEY = `${LEGACY_LIST_KEY}:unreadable`;

const FORMAT = 1;
/** Far above any real link (< 2,000 characters); guards against foreign blobs. */
const MAX_QUERY_LENGTH = 20_000;
const MAX_NAME_LENGTH = 80;
const PREVIEW_CHARS = 300;
/** Previews kept for the page: thousands of damaged keys must not hold megabytes of text. */
const MAX_PREVIEWS = 20;

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const keyOf = (id: string) => SAVED_KEY_PREFIX + id;

/** The four fields of a saved scenario, copied (foreign data may carry anything else). */
function asSaved(value: unknown): SavedScenario | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, name, query, savedAt } = value as Record<string, unknown>;
  const valid =
    typeof id === 'string' &&
    id !== '' &&
    typeof name === 'string' &&
    name.length <= MAX_NAME_LENGTH &&
    typeof query === 'string' &&
    query.length <= MAX_QUERY_LENGTH &&
    typeof savedAt === 'string';
  return valid ? { id, name, query, savedAt } : null;
}

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** The text stored under a scenario's own key. */
export function entryText(entry: SavedScenario): string {
  const { id, name, query, savedAt } = entry;
  return JSON.stringify({ format: FORMAT, id, name, query, savedAt });
}

/** A scenario's own key read back; null when it is not one (its id must match its key). */
export function parseEntry(raw: string, id: string): SavedScenario | null {
  const data = parse(raw);
  const entry = asSaved(data);
  return entry !== null && entry.id === id && (data as { format?: unknown }).format === FORMAT
    ? entry
    : null;
}

export function unreadableItem(key: string, raw: string, withPreview = true): UnreadableItem {
  return { key, chars: raw.length, preview: withPreview ? raw.slice(0, PREVIEW_CHARS) : '' };
}

/** The one-key list of the first format: its valid entries, and the raw ones that are not. */
export function parseLegacyList(
  raw: string,
): { saved: SavedScenario[]; invalid: unknown[] } | null {
  const data = parse(raw);
  if (typeof data !== 'object' || data === null) return null;
  const { format, scenarios } = data as Record<string, unknown>;
  if (format !== FORMAT || !Array.isArray(scenarios)) return null;
  const saved: SavedScenario[] = [];
  const invalid: unknown[] = [];
  const ids = new Set<string>(); // a Set: 40,000 entries must not cost a quadratic check
  for (const value of scenarios) {
    const entry = asSaved(value);
    if (entry === null || ids.has(entry.id)) invalid.push(value);
    else {
      ids.add(entry.id);
      saved.push(entry);
    }
  }
  return { saved, invalid };
}

export interface StoredData {
  /** Scenarios under their own keys, oldest first (ids begin with their creation time). */
  saved: SavedScenario[];
  /** The first format's list, when one is still stored: to be moved to one key per scenario. */
  legacy: { saved: SavedScenario[]; invalid: unknown[] } | null;
  unreadable: UnreadableItem[];
}

/** Everything this page stored. Never throws (a throwing storage reads as empty). */
export function readStorage(store: StorageLike): StoredData {
  const saved: SavedScenario[] = [];
  const unreadable: UnreadableItem[] = [];
  let legacy: StoredData['legacy'] = null;
  const addUnreadable = (key: string, raw: string) =>
    unreadable.push(unreadableItem(key, raw, unreadable.length < MAX_PREVIEWS));
  try {
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key !== null) keys.push(key);
    }
    for (const key of keys) {
      const raw = store.getItem(key);
      if (raw === null) continue;
      if (key.startsWith(SAVED_KEY_PREFIX)) {
        const entry = parseEntry(raw, key.slice(SAVED_KEY_PREFIX.length));
        if (entry === null) addUnreadable(key, raw);
        else saved.push(entry);
      } else if (key === LEGACY_LIST_KEY) {
        legacy = parseLegacyList(raw);
        if (legacy === null || legacy.invalid.length > 0) addUnreadable(key, raw);
      } else if (key === LEGACY_BACKUP_KEY) addUnreadable(key, raw);
    }
  } catch {
    // Blocked or failing storage: whatever was read so far is all there is.
  }
  saved.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { saved, legacy, unreadable };
}

let lastTime = 0;

/** A new id: its creation time first (so ids sort oldest first), then randomness across tabs. */
export function newId(now = Date.now()): string {
  lastTime = Math.max(now, lastTime + 1); // two saves in one millisecond keep their order
  // Not crypto.randomUUID: that exists only on https and localhost pages.
  return `${lastTime.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
