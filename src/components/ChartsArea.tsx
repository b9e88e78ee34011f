import { lazy, Suspense, useDeferredValue } from 'react';
import { selectResult, selectSensitivity, selectSweep, useScenario } from '../state/selectors.ts';
import { chartActions } from './export/chart-actions.tsx';
import { useTrailingValue } from './use-trailing-value.ts';

// recharts is heavy (about 100 KB gzip): it loads in its own chunk after the first paint.
const ChartsPanel = lazy(() => import('../charts/ChartsPanel.tsx'));

/** How often, at most, the charts redraw while a slider keeps moving. */
const CHART_INTERVAL_MS = 150;

/**
 * The charts trail the controls: they draw from a copy of the scenario that follows the current
 * one at most every CHART_INTERVAL_MS, rendered as a deferred (interruptible) update, so moving a
 * slider never waits for the SVG. The figures and the verdict stay immediate.
 */
export function ChartsArea() {
  const scenario = useDeferredValue(useTrailingValue(useScenario(), CHART_INTERVAL_MS));
  return (
    <Suspense
      fallback={
        <div className="card chart-placeholder" role="status">
          Loading charts…
        </div>
      }
    >
      <ChartsPanel
        result={selectResult(scenario)}
        sweep={selectSweep(scenario)}
        sensitivity={selectSensitivity(scenario)}
        requestsPerDay={scenario.requestsPerDay}
        horizonMonths={scenario.horizonMonths}
        servingMode={scenario.servingMode}
        animate={false}
        chartActions={chartActions}
      />
    </Suspense>
  );
}
