import { useEffect, useSyncExternalStore } from 'react';
import { LazyBoundary, lazyPart } from '../LazyPart.tsx';
import { MEMO_HASH } from './open-memo.ts';

// The memo itself (recharts, the formulas, the sources) loads only when it opens.
const MemoView = lazyPart(() => import('./MemoView.tsx'));

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

/**
 * The decision memo's place on the page: empty until the address ends in #memo; then the memo,
 * with the calculator hidden under it (body.memo-open, styles.css) but kept mounted, so open
 * groups and typed drafts survive a visit. A small chunk loaded right after the first paint.
 */
export default function MemoSlot() {
  const open = useSyncExternalStore(subscribe, () => window.location.hash === MEMO_HASH);
  useEffect(() => {
    document.body.classList.toggle('memo-open', open);
    return () => document.body.classList.remove('memo-open');
  }, [open]);
  if (!open) return null;
  return (
    <LazyBoundary what="The decision memo" fallback={<p role="status">Loading the memo…</p>}>
      <MemoView />
    </LazyBoundary>
  );
}
