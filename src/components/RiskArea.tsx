import { useDeferredValue, useMemo, useRef } from 'react';
import { useNearViewport } from '../charts/use-near-viewport.ts';
import { useScenario } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { LazyBoundary, lazyPart } from './LazyPart.tsx';

// The ranges, the odds and the fan chart load when the section comes near the viewport (or the
// page is printed): none of it is part of the first load.
const RiskSection = lazyPart(() => import('./risk/RiskSection.tsx'));

function Placeholder({ text }: { text: string }) {
  return (
    <section className="card" aria-labelledby="risk-title">
      <h2 id="risk-title">How sure is this?</h2>
      <p className="muted" role="status">
        {text}
      </p>
    </section>
  );
}

/** "How sure is this?", loaded lazily; the store is read here and handed down. */
export function RiskArea() {
  const ref = useRef<HTMLDivElement>(null);
  const { seen } = useNearViewport(ref);
  // Deferred: a slider move paints its figures first; the section (which only says "running"
  // during a drag) follows in an interruptible render right after.
  const scenario = useDeferredValue(useScenario());
  const risk = useStore((s) => s.risk);
  const setRange = useStore((s) => s.setRange);
  const setSeed = useStore((s) => s.setSeed);
  // The same element while nothing it shows changed: the urgent render of a move (which still
  // sees the old deferred scenario) then stops here instead of redrawing the section.
  const section = useMemo(
    () =>
      seen ? (
        <LazyBoundary
          what="The simulation"
          fallback={<Placeholder text="Loading the simulation…" />}
          instead={<Placeholder text="How sure the verdict is cannot be shown." />}
        >
          <RiskSection scenario={scenario} risk={risk} onRange={setRange} onSeed={setSeed} />
        </LazyBoundary>
      ) : (
        <Placeholder text="The simulation loads when you scroll to it." />
      ),
    [seen, scenario, risk, setRange, setSeed],
  );
  return (
    // Skipped off-screen like the parts below it (styles.css); the element itself stays laid
    // out, so useNearViewport still sees it.
    <div ref={ref} className="skip-offscreen">
      {section}
    </div>
  );
}
