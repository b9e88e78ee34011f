import { lazy, Suspense, useDeferredValue } from 'react';
import { selectResult, selectSensitivity, selectSweep, useScenario } from '../state/selectors.ts';
import { useDragging } from './drag-state.ts';

// recharts is heavy (about 100 KB gzip): it loads in its own chunk after the first paint.
const ChartsPanel = lazy(() => import('../charts/ChartsPanel.tsx'));

/**
 * The charts trail the controls: they draw from a deferred copy of the scenario, so a slider drag
 * never waits for the SVG to redraw, and they stop animating while the thumb moves.
 */
export function ChartsArea() {
  const scenario = useDeferredValue(useScenario());
  const dragging = useDragging();
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
        animate={!dragging}
      />
    </Suspense>
  );
}
