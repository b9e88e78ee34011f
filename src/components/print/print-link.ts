import { useCallback, useSyncExternalStore } from 'react';

/**
 * The page's address, kept current for printing. The link follows the scenario (another module
 * rewrites the URL), so it is re-read after every store change, on back/forward, and right
 * before printing: `beforeprint` runs before the print layout, and the update lands in time.
 */
function subscribe(onChange: () => void, onInputs: (listener: () => void) => () => void) {
  const later = () => queueMicrotask(onChange);
  const print = window.matchMedia?.('print');
  window.addEventListener('beforeprint', onChange);
  window.addEventListener('popstate', onChange);
  print?.addEventListener?.('change', onChange);
  const unsubscribe = onInputs(later);
  return () => {
    window.removeEventListener('beforeprint', onChange);
    window.removeEventListener('popstate', onChange);
    print?.removeEventListener?.('change', onChange);
    unsubscribe();
  };
}

/** `onInputs` subscribes to scenario changes (the store's subscribe). */
export function usePageLink(onInputs: (listener: () => void) => () => void): string {
  const subscribeAll = useCallback(
    (onChange: () => void) => subscribe(onChange, onInputs),
    [onInputs],
  );
  return useSyncExternalStore(subscribeAll, () => window.location.href);
}
