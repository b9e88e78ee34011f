import { catalogNow, subscribeCatalog } from './catalog-runtime.ts';
import { useArriving } from './use-arriving.ts';

/** The catalog, or null while its chunk is still loading (the component then shows a fallback). */
export const useCatalog = () => useArriving(subscribeCatalog, catalogNow);
