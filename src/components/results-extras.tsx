import { selectResult, useScenario } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { CHART_QUIET_MS } from './ChartsArea.tsx';
import { LazyBoundary, lazyPart } from './LazyPart.tsx';
import { useTrailingValue } from './use-trailing-value.ts';

/*
 * The export bar and the print-only header and assumptions, each in a lazy chunk: they render
 * right after the first paint (so they are ready long before anyone prints) but add nothing to
 * the first load's JavaScript. The store is read here and handed down: a lazy chunk importing
 * store.ts makes the bundler split the first load into more files, larger in total.
 */
const LazyExportBar = lazyPart(() => import('./export/ExportBar.tsx'));
const LazyPrintHeader = lazyPart(() => import('./print/PrintHeader.tsx'));
const LazyPrintAssumptions = lazyPart(() => import('./print/PrintAssumptions.tsx'));
const LazyChangedInputs = lazyPart(() => import('./changed/ChangedInputs.tsx'));

function current() {
  const { scenario, name, selection, risk } = useStore.getState();
  return { result: selectResult(scenario), name, scenario, selection, risk };
}

export function ExportBar() {
  return (
    <LazyBoundary what="The export buttons (CSV, print)">
      <LazyExportBar current={current} />
    </LazyBoundary>
  );
}

export function PrintHeader() {
  const name = useStore((s) => s.name);
  return (
    <LazyBoundary what="The print-out’s title and link">
      <LazyPrintHeader name={name} onInputs={useStore.subscribe} />
    </LazyBoundary>
  );
}

export function PrintAssumptions() {
  // Trailing, like the charts: the list is invisible on screen, so it need not follow a drag.
  const scenario = useTrailingValue(useScenario(), CHART_QUIET_MS);
  const selection = useStore((s) => s.selection);
  return (
    <LazyBoundary what="The print-out’s list of assumptions">
      <LazyPrintAssumptions scenario={scenario} selection={selection} />
    </LazyBoundary>
  );
}

/** "Changed from defaults", at the top of the results: empty until something differs. */
export function ChangedInputs() {
  return (
    <LazyBoundary what="The list of changed inputs">
      <LazyChangedInputs />
    </LazyBoundary>
  );
}
