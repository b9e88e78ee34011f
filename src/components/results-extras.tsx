import { LazyBoundary, lazyPart } from './LazyPart.tsx';

/*
 * The export bar, the print-only header and assumptions, and "Changed from defaults", each in a
 * lazy chunk: they render right after the first paint (so they are ready long before anyone
 * prints) but add nothing to the first load's JavaScript. Each reads the store itself.
 */
const LazyExportBar = lazyPart(() => import('./export/ExportBar.tsx'));
const LazyPrintHeader = lazyPart(() => import('./print/PrintHeader.tsx'));
const LazyPrintAssumptions = lazyPart(() => import('./print/PrintAssumptions.tsx'));
const LazyChangedInputs = lazyPart(() => import('./changed/ChangedInputs.tsx'));

export function ExportBar() {
  return (
    <LazyBoundary what="The export buttons (CSV, print)">
      <LazyExportBar />
    </LazyBoundary>
  );
}

export function PrintHeader() {
  return (
    <LazyBoundary what="The print-out’s title and link">
      <LazyPrintHeader />
    </LazyBoundary>
  );
}

export function PrintAssumptions() {
  return (
    <LazyBoundary what="The print-out’s list of assumptions">
      <LazyPrintAssumptions />
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
