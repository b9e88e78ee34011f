/**
 * The address bar follows the store only once changes pause (sync.ts), and only once the sync's
 * chunk has loaded. A same-page navigation (the pinned strip's Results link, opening the memo)
 * adds a history entry that copies the address as it is, so a change made just before would be
 * missing from the entry left behind, and Back would undo it. Whatever navigates within the page
 * goes through goToFragment(), which writes the latest change first.
 */
let write: (() => void) | null = null;
/** Whoever shows the address (the print header, the memo's link): told after each write. */
const readers = new Set<() => void>();

/**
 * Writes the store's pending changes into the address bar at once. False while no sync runs yet:
 * the address may then lag the page, with nothing to bring it up to date.
 */
export function writeAddressNow(): boolean {
  if (write === null) return false;
  write();
  return true;
}

/**
 * Goes to `#fragment` in a new history entry, with the latest change written into the one left;
 * before the sync runs, or when the address is already at `#fragment`, in the same entry instead
 * (Back then leaves the page rather than undoing a change the address never had). True when it
 * added an entry.
 */
export function goToFragment(hash: string): boolean {
  // Already there (Results tapped again after scrolling on): the hash setter would do nothing at
  // all, where a link scrolls back to its target; replace() does.
  if (window.location.hash !== hash && writeAddressNow()) {
    window.location.hash = hash;
    return true;
  }
  window.location.replace(hash);
  return false;
}

/** Makes `writer` the one writeAddressNow() calls; returns a function that stops it. */
export function answerWriteAddressNow(writer: () => void): () => void {
  write = writer;
  return () => {
    if (write === writer) write = null;
  };
}

/**
 * Calls `listener` after each write of the address bar (the address is then current); returns a
 * function that stops. A reader of the address follows it here rather than after every change of
 * the store, which the address shows only once the changes pause.
 */
export function onAddressWritten(listener: () => void): () => void {
  readers.add(listener);
  return () => {
    readers.delete(listener);
  };
}

/** For the sync: the address bar now shows the latest change. */
export function announceAddressWritten(): void {
  for (const reader of readers) reader();
}
