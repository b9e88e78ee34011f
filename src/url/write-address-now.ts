/**
 * The address bar follows the store only once changes pause (sync.ts). A same-page navigation (an
 * in-page link, opening the memo) adds a history entry that copies the address as it is, so a
 * change made just before it would be missing from the entry left behind, and Back would undo it.
 * Whatever navigates within the page calls writeAddressNow() first; the running sync answers.
 */
let write: () => void = () => {};

/** Writes the store's pending changes into the address bar at once (nothing if none is pending). */
export function writeAddressNow(): void {
  write();
}

/** Makes `writer` the one writeAddressNow() calls; returns a function that stops it. */
export function answerWriteAddressNow(writer: () => void): () => void {
  write = writer;
  return () => {
    if (write === writer) write = () => {};
  };
}
