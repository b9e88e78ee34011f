import { useSyncExternalStore } from 'react';
import { LazyBoundary, lazyPart } from './LazyPart.tsx';

/*
 * The decision memo is a view of its own at #memo (memo/open-memo.ts): a link can open it
 * directly, and the browser's Back button returns to the calculator. Only this switch is on the
 * first load; the memo's code loads when it opens.
 */
const MemoView = lazyPart(() => import('./memo/MemoView.tsx'));

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

/** Whether the memo view is open (the address ends in #memo). */
export const useMemoOpen = () => useSyncExternalStore(subscribe, () => location.hash === '#memo');

export function DecisionMemo() {
  return (
    <LazyBoundary what="The decision memo" fallback={<p role="status">Loading the memo…</p>}>
      <MemoView />
    </LazyBoundary>
  );
}
