import type { ReactNode } from 'react';
import { LazyBoundary, lazyPart } from '../LazyPart.tsx';

// The image code joins the charts' lazy load: the first load never carries it.
const ChartDownloads = lazyPart(() => import('./ChartDownloads.tsx'));

/** The extra buttons of one chart (ChartFrame's `actions`): PNG and SVG downloads. */
export function chartActions(chart: string): ReactNode {
  return (
    <LazyBoundary what="The PNG and SVG downloads">
      <ChartDownloads chart={chart} />
    </LazyBoundary>
  );
}
