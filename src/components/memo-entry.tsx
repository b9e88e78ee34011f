import { useSyncExternalStore } from 'react';
import {
  selectAdvice,
  selectInvestmentParts,
  selectResult,
  useScenario,
} from '../state/selectors.ts';
import { baselineFor } from '../state/catalog-values.ts';
import { useStore } from '../state/store.ts';
import { useCatalog } from '../state/use-catalog.ts';
import { LazyBoundary, lazyPart } from './LazyPart.tsx';

/*
 * The decision memo is a view of its own at #memo: a link can open it directly, and the browser's
 * Back button returns to the calculator. Its code loads when it opens.
 */
const MemoView = lazyPart(() => import('./memo/MemoView.tsx'));

const MEMO_HASH = '#memo';
const listeners = new Set<() => void>();
let openedHere = false;

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

/** Whether the memo view is open (the address ends in #memo). */
export const useMemoOpen = () =>
  useSyncExternalStore(subscribe, () => window.location.hash === MEMO_HASH);

export function openMemo() {
  openedHere = true;
  window.location.hash = MEMO_HASH;
  window.scrollTo(0, 0);
}

/** Back to the calculator: the Back button's step when the memo was opened here. */
function closeMemo() {
  if (openedHere) {
    openedHere = false;
    window.history.back();
    return;
  }
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  for (const listener of listeners) listener();
}

/** The memo, fed the figures the page already computed (the chunk then needs no store). */
export function DecisionMemo() {
  const scenario = useScenario();
  const selection = useStore((s) => s.selection);
  const name = useStore((s) => s.name);
  const catalog = useCatalog();
  if (!catalog) return <p role="status">Loading the catalog…</p>;
  return (
    <LazyBoundary what="The decision memo" fallback={<p role="status">Loading the memo…</p>}>
      <MemoView
        scenario={scenario}
        selection={selection}
        name={name}
        result={selectResult(scenario)}
        advice={selectAdvice(scenario)}
        investment={selectInvestmentParts(scenario)}
        baseline={baselineFor(selection)}
        catalog={catalog}
        onInputs={useStore.subscribe}
        onClose={closeMemo}
      />
    </LazyBoundary>
  );
}
