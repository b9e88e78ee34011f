/**
 * Loads the catalog chunk (state/catalog-entry.ts) and hands it to whoever needs it: the store
 * (to fill a scenario when a model is chosen) and the components (through use-catalog.ts). The
 * catalog carries hundreds of sourced figures; keeping it out of the first load keeps the page's
 * initial JavaScript within its budget.
 */
import type { Catalog } from './catalog-entry.ts';

let loaded: Catalog | null = null;
let loading: Promise<Catalog> | null = null;
const listeners = new Set<() => void>();

/** The catalog if it has loaded, else null. */
export const catalogNow = (): Catalog | null => loaded;

/** Loads the catalog once; every caller gets the same promise. A failed load may be retried. */
export function loadCatalog(): Promise<Catalog> {
  loading ??= import('./catalog-entry.ts').then(
    ({ catalog }) => {
      loaded = catalog;
      for (const listener of listeners) listener();
      return catalog;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Calls `listener` when the catalog arrives; returns a function that stops listening. */
export function subscribeCatalog(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
