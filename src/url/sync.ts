/**
 * The address bar follows the store. The link is read once at start-up; after that the store is
 * the source of truth and every change is written back with history.replaceState, throttled,
 * so a slider drag adds no history entries and stays under the browsers' rate limits on the
 * history API (Safari allows about 100 calls per 30 s, Chrome 200 per 10 s).
 *
 * The stores are passed in rather than imported: src/url sits below src/state in the layering,
 * and passing them in lets the tests drive the sync with plain objects and fake timers.
 */
import { decodeLink, encodeLink, type DecodedLink, type InputsComparison } from './link.ts';
import type { ScenarioInputs } from './scenario-params.ts';
import { QUERY_MAX_LENGTH } from './limits.ts';

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
  /** Minimum time between two history writes, in ms. */
  intervalMs?: number;
  win?: Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;
}

/** 200 ms: twice the 100 ms floor the browsers' limits imply, still instant to the eye. */
export const HISTORY_WRITE_INTERVAL_MS = 200;

/** Reads the address bar into the stores, then keeps it in step. Returns a function that stops. */
export function startUrlSync({
  inputs,
  comparison,
  apply,
  pristine,
  intervalMs = HISTORY_WRITE_INTERVAL_MS,
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

  let lastWrite = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const write = () => {
    timer = null;
    lastWrite = Date.now();
    const search = queryNow();
    if (search === win.location.search) return;
    const { pathname, hash } = win.location;
    try {
      win.history.replaceState(win.history.state, '', `${pathname}${search}${hash}`);
    } catch {
      // A browser that still finds us too fast throws; the next change writes the latest state.
    }
  };

  const schedule = () => {
    if (timer !== null) return; // the pending write will read the latest state
    timer = setTimeout(write, Math.max(0, lastWrite + intervalMs - Date.now()));
  };

  const flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    write();
  };

  // Back/Forward within this page (say, to an in-page #anchor entry): the page follows the address.
  const onPopState = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    apply(decodeLink(win.location.search));
  };

  const stopInputs = inputs.subscribe(schedule);
  const stopComparison = comparison.subscribe((state, previous) => {
    if (state.compare !== previous.compare) schedule();
  });
  win.addEventListener('popstate', onPopState);
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
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
}
