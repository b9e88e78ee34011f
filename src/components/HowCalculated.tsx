import { lazy, Suspense, useState } from 'react';

// The worked formulas are read by few and only on request: they load when the section opens.
const Explanation = lazy(() => import('./Explanation.tsx'));

/** The formulas with this scenario's numbers; rendered only while open, so closed it costs nothing. */
export function HowCalculated() {
  const [open, setOpen] = useState(false);
  return (
    <details className="card how" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2 className="inline-heading">How is this calculated?</h2>
      </summary>
      {open && (
        <Suspense fallback={<p role="status">Loading the formulas…</p>}>
          <Explanation />
        </Suspense>
      )}
    </details>
  );
}
