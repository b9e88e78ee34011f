import { useCallback, useDeferredValue, useState } from 'react';
import { useStore } from '../state/store.ts';
import { LazyBoundary, lazyPart } from './LazyPart.tsx';
import { useSettledScenario } from './SettledScenario.tsx';

// Pricing ~1,400 models needs the full catalog: it loads when the section opens.
const OtherModelsTable = lazyPart(() => import('./OtherModelsTable.tsx'));

/** The table, following the scenario: mounted only while the section is open. */
function OpenTable() {
  // Pricing every model (one stretch of work React cannot split) follows once the inputs
  // pause, as the charts do — not between two key presses of a number being typed — and in a
  // deferred render, which a key press that comes meanwhile still goes ahead of.
  const scenario = useDeferredValue(useSettledScenario());
  const startMonth = useStore((s) => s.selection.startMonth);
  const currentId = useStore((s) => s.selection.apiModelId);
  const select = useStore((s) => s.select);
  // The same function from one render to the next: the table's rows then redraw only when their
  // own figures change.
  const pick = useCallback((id: string) => select({ apiModelId: id }), [select]);
  return (
    <LazyBoundary
      what="The comparison with other models"
      fallback={<p role="status">Loading the comparison…</p>}
    >
      <OtherModelsTable
        scenario={scenario}
        startMonth={startMonth}
        currentId={currentId}
        onPick={pick}
      />
    </LazyBoundary>
  );
}

/**
 * "What would other models cost for this prompt?": rendered only while open, and only then does
 * a slider move reach it.
 */
export function OtherModels() {
  const [open, setOpen] = useState(false);
  return (
    <details className="card other-models-card" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2 className="inline-heading">What would other models cost for this prompt?</h2>
      </summary>
      {open && <OpenTable />}
    </details>
  );
}
