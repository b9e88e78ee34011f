import { useMemo, useRef } from 'react';
import { useNearViewport } from '../charts/use-near-viewport.ts';
import { useRiskSettings } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { LazyBoundary, lazyPart } from './LazyPart.tsx';
import { useSettledScenario } from './SettledScenario.tsx';

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
  // The section shows the scenario once the inputs pause, as the charts do: during a drag it
  // only says the odds are being worked out, so it redraws when a drag starts and when it
  // pauses — not on every move (its ranges and rows cost a slow phone about 5 ms a move, and a
  // render of their own after the figures' cost a second layout and paint of the page).
  const scenario = useSettledScenario();
  // A yes/no read of the live scenario: this re-renders when a drag starts, not on every move.
  const moving = useStore((s) => s.scenario !== scenario);
  const risk = useRiskSettings();
  const setRange = useStore((s) => s.setRange);
  const setSeed = useStore((s) => s.setSeed);
  // The same element while nothing it shows changed: a move in the middle of a drag stops here.
  const section = useMemo(
    () =>
      seen ? (
        <LazyBoundary
          what="The simulation"
          fallback={<Placeholder text="Loading the simulation…" />}
          instead={<Placeholder text="How sure the verdict is cannot be shown." />}
        >
          <RiskSection
            scenario={scenario}
            moving={moving}
            risk={risk}
            onRange={setRange}
            onSeed={setSeed}
          />
        </LazyBoundary>
      ) : (
        <Placeholder text="The simulation loads when you scroll to it." />
      ),
    [seen, scenario, moving, risk, setRange, setSeed],
  );
  return (
    // Skipped off-screen like the parts below it (styles.css); the element itself stays laid
    // out, so useNearViewport still sees it.
    <div ref={ref} className="skip-offscreen">
      {section}
    </div>
  );
}
