import { useState } from 'react';
import { LazyBoundary, lazyPart } from './LazyPart.tsx';

// The worked formulas are read by few and only on request: they load when the section opens.
const Explanation = lazyPart(() => import('./Explanation.tsx'));

/** The formulas with this scenario's numbers; rendered only while open, so closed it costs nothing. */
export function HowCalculated() {
  const [open, setOpen] = useState(false);
  return (
    <details className="card how" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2 className="inline-heading">How is this calculated?</h2>
      </summary>
      {open && (
        <LazyBoundary what="The formulas" fallback={<p role="status">Loading the formulas…</p>}>
          <Explanation />
        </LazyBoundary>
      )}
    </details>
  );
}
