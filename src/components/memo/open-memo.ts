/**
 * Opening and closing the decision memo, a view of its own at #memo (App shows it instead of the
 * calculator while the address ends in #memo). Opening it adds a history entry, so the browser's
 * Back button returns to the calculator; closing takes that step back when there is one.
 */
import { goToFragment } from '../../url/write-address-now.ts';

export const MEMO_HASH = '#memo';

export function openMemo() {
  // The calculator's entry keeps a change made just before (Back returns to it, and so does Close).
  // The new entry is marked as opened from the page: a link straight to #memo, or a memo opened
  // before the address could follow the page (no entry added), has no page to go back to.
  if (goToFragment(MEMO_HASH))
    window.history.replaceState({ ...(window.history.state as object), memoFromPage: true }, '');
  window.scrollTo(0, 0);
}

export function closeMemo() {
  if ((window.history.state as { memoFromPage?: boolean } | null)?.memoFromPage) {
    window.history.back();
    return;
  }
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
