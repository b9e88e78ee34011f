import { lazy, Suspense } from 'react';
import { selectResult, useScenario } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { CHART_QUIET_MS } from './ChartsArea.tsx';
import { useTrailingValue } from './use-trailing-value.ts';

/*
 * The export bar and the print-only header and assumptions, each in a lazy chunk: they render
 * right after the first paint (so they are ready long before anyone prints) but add nothing to
 * the first load's JavaScript. The store is read here and handed down: a lazy chunk importing
 * store.ts makes the bundler split the first load into more files, larger in total.
 */
const LazyExportBar = lazy(() => import('./export/ExportBar.tsx'));
const LazyPrintHeader = lazy(() => import('./print/PrintHeader.tsx'));
const LazyPrintAssumptions = lazy(() => import('./print/PrintAssumptions.tsx'));

function current() {
  const { scenario, name, risk } = useStore.getState();
  return { result: selectResult(scenario), name, scenario, risk };
}

export function ExportBar() {
  return (
    <Suspense fallback={null}>
      <LazyExportBar current={current} />
    </Suspense>
  );
}

export function PrintHeader() {
  const name = useStore((s) => s.name);
  return (
    <Suspense fallback={null}>
      <LazyPrintHeader name={name} onInputs={useStore.subscribe} />
    </Suspense>
  );
}

export function PrintAssumptions() {
  // Trailing, like the charts: the list is invisible on screen, so it need not follow a drag.
  const scenario = useTrailingValue(useScenario(), CHART_QUIET_MS);
  const selection = useStore((s) => s.selection);
  return (
    <Suspense fallback={null}>
      <LazyPrintAssumptions scenario={scenario} selection={selection} />
    </Suspense>
  );
}
