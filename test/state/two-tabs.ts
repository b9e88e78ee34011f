/**
 * Two browser tabs over one localStorage, as Chrome runs them: each tab reads and writes its own
 * copy at once; a write reaches the shared store, and from there the other tab (with a
 * `storage` event), only when a test step delivers it. Steps can thus interleave any way.
 */
import type { StorageLike } from '../../src/state/saved-records.ts';

interface Change {
  key: string;
  newValue: string | null;
}

export interface SimulatedTab {
  storage: StorageLike;
  /** Changes written here, not yet in the shared store. */
  outbox: Change[];
  /** Changes from the other tab, in the shared store, not yet seen here. */
  inbox: Change[];
  onStorage: (change: Change) => void;
}

export function simulatedBrowser(initial: Record<string, string> = {}) {
  const shared = new Map(Object.entries(initial));
  const tabs: SimulatedTab[] = [];
  const receivers = new Map<SimulatedTab, () => boolean>();

  function openTab(): SimulatedTab {
    const copy = new Map(shared);
    const tab: SimulatedTab = {
      outbox: [],
      inbox: [],
      onStorage: () => {},
      storage: {
        get length() {
          return copy.size;
        },
        key: (i) => [...copy.keys()][i] ?? null,
        getItem: (key) => copy.get(key) ?? null,
        setItem: (key, value) => {
          copy.set(key, String(value));
          tab.outbox.push({ key, newValue: String(value) });
        },
        removeItem: (key) => {
          if (copy.delete(key)) tab.outbox.push({ key, newValue: null });
        },
      },
    };
    const apply = (change: Change) =>
      change.newValue === null ? copy.delete(change.key) : copy.set(change.key, change.newValue);
    // Delivery into this tab: its copy changes, then its page hears the event.
    receivers.set(tab, () => {
      const change = tab.inbox.shift();
      if (change === undefined) return false;
      apply(change);
      tab.onStorage(change);
      return true;
    });
    tabs.push(tab);
    return tab;
  }

  /** The oldest write of `tab` reaches the shared store and is queued for the other tabs. */
  function send(tab: SimulatedTab): boolean {
    const change = tab.outbox.shift();
    if (change === undefined) return false;
    if (change.newValue === null) shared.delete(change.key);
    else shared.set(change.key, change.newValue);
    for (const other of tabs) if (other !== tab) other.inbox.push(change);
    return true;
  }

  function receive(tab: SimulatedTab): boolean {
    return receivers.get(tab)?.() ?? false;
  }

  /** Lets every write travel everywhere. */
  function settle() {
    let moved = true;
    while (moved) {
      moved = false;
      for (const tab of tabs) moved = send(tab) || receive(tab) || moved;
    }
  }

  return { shared, openTab, send, receive, settle };
}
