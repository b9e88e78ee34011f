import type { ReactNode } from 'react';
import { useStore } from '../../state/store.ts';
import { LazyBoundary, lazyPart } from '../LazyPart.tsx';

// The image code joins the charts' lazy load: the first load never carries it.
const ChartDownloads = lazyPart(() => import('./ChartDownloads.tsx'));

/** The scenario at the moment of a download: its name and models go into the caption. */
const scenarioNow = () => {
  const { name, selection } = useStore.getState();
  return { name, selection };
};

/** The extra buttons of one chart (ChartFrame's `actions`): PNG and SVG downloads. */
export function chartActions(chart: string): ReactNode {
  return (
    <LazyBoundary what="The PNG and SVG downloads">
      <ChartDownloads chart={chart} scenario={scenarioNow} />
    </LazyBoundary>
  );
}
