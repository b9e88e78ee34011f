/**
 * The address bar follows the store. The link is read once at start-up; after that the store is
 * the source of truth and every change is written back with history.replaceState once the
 * changes pause (and at least every two seconds during a long drag), so a slider drag adds no
 * history entries and stays well under the browsers' rate limits on the history API (Safari
 * allows about 100 calls per 30 s, Chrome 200 per 10 s). A write is not free: the browser
 * updates its session history across processes, 8 – 15 ms of main thread measured in headless
 * Chromium on a loaded machine; written on every pause of a drag, it landed between key presses.
 * A link copied or a scenario saved meanwhile reads the store, never the address bar.
 *
 * The stores are passed in rather than imported: src/url sits below src/state in the layering,
 * and passing them in lets the tests drive the sync with plain objects and fake timers.
 */
import { decodeLink, encodeLink, type DecodedLink, type InputsComparison } from './link.ts';
import type { ScenarioInputs } from './scenario-params.ts';
import { QUERY_MAX_LENGTH } from './limits.ts';
import { announceAddressWritten, answerWriteAddressNow } from './write-address-now.ts';

/** The part of a zustand store the sync needs. */
export interface Subscribable<T> {
  getState: () => T;
  subscribe: (listener: (state: T, previous: T) => void) => () => void;
}

export interface UrlSyncOptions {
  inputs: Subscribable<ScenarioInputs>;
  comparison: Subscribable<{ compare: InputsComparison | null }>;
  /** Puts a link read from the address bar into the stores (at start-up and on Back/Forward). */
  apply: (link: DecodedLink) => void;
  /** What a first-time visitor sees: while the page shows exactly this, the address stays bare. */
  pristine: ScenarioInputs;
  /** A write waits for the changes to pause this long, in ms… */
  quietMs?: number;
  /** …but no longer than this after the first change it writes, in ms. */
  maxWaitMs?: number;
  win?: Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;
}

/** Longer than the pause between two key presses on a slider: a run of them is written once. */
export const HISTORY_QUIET_MS = 400;
/** A drag that goes on still shows in the address bar, a few times a minute at most. */
export const HISTORY_MAX_WAIT_MS = 2000;

/** Reads the address bar into the stores, then keeps it in step. Returns a function that stops. */
export function startUrlSync({
  inputs,
  comparison,
  apply,
  pristine,
  quietMs = HISTORY_QUIET_MS,
  maxWaitMs = HISTORY_MAX_WAIT_MS,
  win = window,
}: UrlSyncOptions): () => void {
  const pristineQuery = encodeLink(pristine);
  const queryNow = () => {
    const query = encodeLink(inputs.getState(), comparison.getState().compare);
    return query === pristineQuery ? '' : `?${query}`;
  };

  // A bare address at start-up leaves the stores as they are (their initial state is pristine).
  const startSearch = win.location.search;
  const linked = startSearch !== '' && startSearch !== '?';
  if (linked) apply(decodeLink(startSearch));

  /** The query the address bar had when it last matched the store (read or written). */
  let addressShows = win.location.search;
  /** When the first change not yet in the address bar came (Date.now()), or null. */
  let pendingSince: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const write = () => {
    timer = null;
    pendingSince = null;
    const search = queryNow();
    if (search === win.location.search) {
      addressShows = search;
      return;
    }
    const { pathname, hash } = win.location;
    try {
      win.history.replaceState(win.history.state, '', `${pathname}${search}${hash}`);
      addressShows = search;
    } catch {
      // A browser that still finds us too fast throws; the next change writes the latest state.
      return;
    }
    announceAddressWritten();
  };

  /** When the pending write is due (Date.now()). */
  let dueAt = 0;
  // One timer for a run of changes: each change moves the due time, and the timer, when it fires
  // early, waits for the rest. Clearing and setting a timer on every slider move cost more.
  const fire = () => {
    const left = dueAt - Date.now();
    if (left > 0) timer = setTimeout(fire, left);
    else write();
  };

  const schedule = () => {
    const now = Date.now();
    pendingSince ??= now;
    dueAt = Math.min(now + quietMs, pendingSince + maxWaitMs);
    timer ??= setTimeout(fire, dueAt - now);
  };

  const flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    write();
  };

  // Back/Forward within this page: the page follows the address. An entry whose query is the one
  // the address last had changes nothing: that is also what a navigation to a #fragment fires,
  // and its new entry copies an address that may not have caught up with the latest change yet.
  const onPopState = () => {
    if (win.location.search === addressShows) {
      flush();
      return;
    }
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pendingSince = null;
    addressShows = win.location.search;
    apply(decodeLink(addressShows));
  };

  const stopInputs = inputs.subscribe(schedule);
  const stopComparison = comparison.subscribe((state, previous) => {
    if (state.compare !== previous.compare) schedule();
  });
  win.addEventListener('popstate', onPopState);
  const stopAnswering = answerWriteAddressNow(flush);
  // Leaving the page with a write pending would leave a stale address in the history entry.
  win.addEventListener('pagehide', flush);
  // Without a link the page may already have been used while this module loaded. With one, the
  // address stays exactly as it was shared until the first change, unless it was too long to be
  // read whole: then it shows what was read, as the print header and a copied link would.
  if (!linked || startSearch.length > QUERY_MAX_LENGTH + 1) schedule();

  return () => {
    stopInputs();
    stopComparison();
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('pagehide', flush);
    stopAnswering();
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
}
