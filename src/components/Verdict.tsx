import { selectAdvice, selectResult, useRiskSettings, useScenario } from '../state/selectors.ts';
import { LazyBoundary, lazyPart } from './LazyPart.tsx';
import { selectFailureSentence } from '../state/v2-selectors.ts';
import { CHECKING, VerdictCard } from './VerdictCard.tsx';
import { useSettledScenario } from './SettledScenario.tsx';

// The odds come from a simulation in a worker: that code loads after the first paint, and until
// it has, the verdict stands on the point estimate alone.
const loadRisk = () => import('./risk/RiskVerdict.tsx');
const RiskVerdict = lazyPart(loadRisk);
/** The phone's summary bar, weighed the same way (MobileSummary.tsx). */
export const RiskSummary = lazyPart(() => loadRisk().then((m) => ({ default: m.RiskSummary })));

/** The advisor's verdict, weighed by the odds once the simulation has run. */
export function Verdict() {
  // One subscription for the three (each hook is a listener and an effect on every move).
  const scenario = useScenario();
  const advice = selectAdvice(scenario);
  const result = selectResult(scenario);
  const risk = useRiskSettings();
  // The failure rate B must stay under, when wrong answers have a price (cost-model.md v2).
  const quality = selectFailureSentence(scenario);
  const settledScenario = useSettledScenario();
  const settled = {
    scenario: settledScenario,
    advice: selectAdvice(settledScenario),
    result: selectResult(settledScenario),
  };
  return (
    <LazyBoundary
      what="The odds behind the verdict"
      // The status line the odds will use, there from the first paint: it appearing with the
      // chunk moved the results below the verdict (a layout shift on every load).
      fallback={<VerdictCard advice={advice} quality={quality} status={CHECKING} />}
      instead={<VerdictCard advice={advice} quality={quality} />}
    >
      <RiskVerdict
        scenario={scenario}
        risk={risk}
        advice={advice}
        result={result}
        quality={quality}
        settled={settled}
      />
    </LazyBoundary>
  );
}
