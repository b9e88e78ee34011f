/**
 * Loads the pickers' chunk (pickers-entry.ts) once, at start-up, and lets components render them
 * as soon as it is there. Not React.lazy: once loaded, a picker renders synchronously, so a test
 * (or a re-mount) never waits on a suspended first render.
 */
import { useArriving } from '../state/use-arriving.ts';
import type { Pickers } from './pickers-entry.ts';

/** The pickers once loaded; `false` while their chunk failed to load (Retry loads it again). */
let loaded: Pickers | null | false = null;
let loading: Promise<Pickers> | null = null;
const listeners = new Set<() => void>();

export function loadPickers(): Promise<Pickers> {
  if (loaded === false) {
    loaded = null;
    for (const listener of listeners) listener();
  }
  loading ??= import('./pickers-entry.ts').then(
    ({ pickers }) => {
      loaded = pickers;
      for (const listener of listeners) listener();
      return pickers;
    },
    (error: unknown) => {
      loading = null;
      loaded = false;
      for (const listener of listeners) listener();
      throw error;
    },
  );
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const snapshot = () => loaded;

/** The pickers; null while their chunk loads, false if it failed to load. */
export const usePickers = () => useArriving(subscribe, snapshot);
