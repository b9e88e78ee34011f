import { useSyncExternalStore } from 'react';
import { catalogNow, subscribeCatalog } from './catalog-runtime.ts';

/** The catalog, or null while its chunk is still loading (the component then shows a fallback). */
export const useCatalog = () => useSyncExternalStore(subscribeCatalog, catalogNow, catalogNow);
