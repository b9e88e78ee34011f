import { useSyncExternalStore } from 'react';
import { onAddressWritten, writeAddressNow } from '../../url/write-address-now.ts';

/**
 * The page's address, kept current for printing. The address follows the scenario once its
 * changes pause (src/url/sync.ts), so it is re-read after each write of it, on back/forward, and
 * right before printing, when the latest change is written first: `beforeprint` runs before the
 * print layout, and the update lands in time. (Re-read after every change of the store, as up to
 * 2026-12-03, it read the address before the change was in it: the header kept the previous link
 * until the next print, and each slider move paid for the read.)
 */
function subscribe(onChange: () => void) {
  const beforePrint = () => {
    writeAddressNow();
    onChange();
  };
  const print = window.matchMedia?.('print');
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('popstate', onChange);
  print?.addEventListener?.('change', beforePrint);
  const stopFollowing = onAddressWritten(onChange);
  return () => {
    window.removeEventListener('beforeprint', beforePrint);
    window.removeEventListener('popstate', onChange);
    print?.removeEventListener?.('change', beforePrint);
    stopFollowing();
  };
}

/** The page's address (with any #fragment), current after every write of it and before printing. */
export function usePageLink(): string {
  return useSyncExternalStore(subscribe, () => window.location.href);
}
