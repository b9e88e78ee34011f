import { lazy, Suspense, type ReactNode } from 'react';

// The image code joins the charts' lazy load: the first load never carries it.
const ChartDownloads = lazy(() => import('./ChartDownloads.tsx'));

/** The extra buttons of one chart (ChartFrame's `actions`): PNG and SVG downloads. */
export function chartActions(chart: string): ReactNode {
  return (
    <Suspense fallback={null}>
      <ChartDownloads chart={chart} />
    </Suspense>
  );
}
