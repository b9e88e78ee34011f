import { useDeferredValue, useMemo, useRef } from 'react';
import { useNearViewport } from '../charts/use-near-viewport.ts';
import { selectResult } from '../state/selectors.ts';
import { useBaseModelName } from '../state/v2-selectors.ts';
import { LazyBoundary, lazyPart } from './LazyPart.tsx';
import { useSettledScenario } from './SettledScenario.tsx';

// recharts is heavy (about 120 KB gzip): it loads in its own chunk, and only once the charts come
// near the viewport (on a phone they sit far below the first screen).
const ChartsPanel = lazyPart(() => import('./ChartsWithDownloads.tsx'));

function Placeholder({ text }: { text: string }) {
  return (
    <div className="card chart-placeholder" role="status">
      {text}
    </div>
  );
}

/**
 * The charts trail the controls: they draw from a copy of the scenario that catches up when a
 * slider pauses, rendered as a deferred update, so moving a slider never waits for the SVG. The
 * figures and the verdict follow every move.
 */
export function ChartsArea() {
  const ref = useRef<HTMLDivElement>(null);
  const { seen } = useNearViewport(ref);
  const scenario = useDeferredValue(useSettledScenario());
  const smallModel = useBaseModelName();
  // The same element until the settled scenario changes: a move does not re-render the charts.
  const charts = useMemo(
    () =>
      seen ? (
        <LazyBoundary what="The charts" fallback={<Placeholder text="Loading charts…" />}>
          <ChartsPanel
            result={selectResult(scenario)}
            scenario={scenario}
            requestsPerDay={scenario.requestsPerDay}
            horizonMonths={scenario.horizonMonths}
            servingMode={scenario.servingMode}
            smallModel={smallModel}
          />
        </LazyBoundary>
      ) : (
        <Placeholder text="The charts load when you scroll to them." />
      ),
    [seen, scenario, smallModel],
  );
  return (
    <div ref={ref} className="charts-area">
      {charts}
    </div>
  );
}
