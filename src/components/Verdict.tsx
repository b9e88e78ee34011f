import { lazy, Suspense } from 'react';
import { useAdvice, useResult, useScenario } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { useFailureSentence } from '../state/v2-selectors.ts';
import { VerdictCard } from './VerdictCard.tsx';

// The odds come from a simulation in a worker: that code loads after the first paint, and until
// it has, the verdict stands on the point estimate alone.
const RiskVerdict = lazy(() => import('./risk/RiskVerdict.tsx'));

/** The advisor's verdict, weighed by the odds once the simulation has run. */
export function Verdict() {
  const advice = useAdvice();
  const scenario = useScenario();
  const result = useResult();
  const risk = useStore((s) => s.risk);
  // The failure rate B must stay under, when wrong answers have a price (cost-model.md v2).
  const quality = useFailureSentence();
  return (
    <Suspense fallback={<VerdictCard advice={advice} quality={quality} />}>
      <RiskVerdict
        scenario={scenario}
        risk={risk}
        advice={advice}
        result={result}
        quality={quality}
      />
    </Suspense>
  );
}
