import { useAdvice, useResult, useScenario } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { LazyBoundary } from './LazyPart.tsx';
import { RiskSummary } from './Verdict.tsx';
import { SummaryBar } from './SummaryBar.tsx';

/**
 * On a phone the results sit below the inputs: this bar keeps the verdict and its headline in
 * sight while the user moves a slider, with a link down to the full results. Hidden on wide
 * screens (the results are beside the inputs there) and on paper.
 */
export function MobileSummary() {
  const advice = useAdvice();
  const scenario = useScenario();
  const result = useResult();
  const risk = useStore((s) => s.risk);
  return (
    <LazyBoundary
      what="The odds behind the verdict"
      fallback={<SummaryBar advice={advice} />}
      instead={<SummaryBar advice={advice} />}
    >
      <RiskSummary scenario={scenario} risk={risk} advice={advice} result={result} quality={null} />
    </LazyBoundary>
  );
}
