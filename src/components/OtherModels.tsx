import { useDeferredValue, useState } from 'react';
import { useStore } from '../state/store.ts';
import { LazyBoundary, lazyPart } from './LazyPart.tsx';

// Pricing ~1,400 models needs the full catalog: it loads when the section opens.
const OtherModelsTable = lazyPart(() => import('./OtherModelsTable.tsx'));

/** "What would other models cost for this prompt?": rendered only while open. */
export function OtherModels() {
  const [open, setOpen] = useState(false);
  // Deferred: pricing every model follows a key press or a slider move in a render of its own,
  // which the next key press interrupts, instead of lengthening the press's own task.
  const scenario = useDeferredValue(useStore((s) => s.scenario));
  const startMonth = useStore((s) => s.selection.startMonth);
  const currentId = useStore((s) => s.selection.apiModelId);
  const select = useStore((s) => s.select);
  return (
    <details className="card other-models-card" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2 className="inline-heading">What would other models cost for this prompt?</h2>
      </summary>
      {open && (
        <LazyBoundary
          what="The comparison with other models"
          fallback={<p role="status">Loading the comparison…</p>}
        >
          <OtherModelsTable
            scenario={scenario}
            startMonth={startMonth}
            currentId={currentId}
            onPick={(id) => select({ apiModelId: id })}
          />
        </LazyBoundary>
      )}
    </details>
  );
}
