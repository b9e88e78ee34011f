import { useSyncExternalStore } from 'react';
import { useStore } from '../../state/store.ts';

/**
 * The page's address, kept current for printing. The link follows the scenario (another module
 * rewrites the URL), so it is re-read after every store change, on back/forward, and right
 * before printing: `beforeprint` runs before the print layout, and the update lands in time.
 */
function subscribe(onChange: () => void) {
  const later = () => queueMicrotask(onChange);
  const print = window.matchMedia?.('print');
  window.addEventListener('beforeprint', onChange);
  window.addEventListener('popstate', onChange);
  print?.addEventListener?.('change', onChange);
  const unsubscribe = useStore.subscribe(later);
  return () => {
    window.removeEventListener('beforeprint', onChange);
    window.removeEventListener('popstate', onChange);
    print?.removeEventListener?.('change', onChange);
    unsubscribe();
  };
}

/** The page's address (with any #fragment), current after every change of the inputs. */
export function usePageLink(): string {
  return useSyncExternalStore(subscribe, () => window.location.href);
}
