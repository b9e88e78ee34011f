import { selectAdvice, selectResult, useRiskSettings, useScenario } from '../state/selectors.ts';
import { LazyBoundary } from './LazyPart.tsx';
import { RiskSummary } from './Verdict.tsx';
import { SummaryBar } from './SummaryBar.tsx';
import { useSettledScenario } from './SettledScenario.tsx';

/**
 * The verdict and its headline in sight while the user edits assumptions, with a link to the full
 * verdict. On a phone, where the results sit below the inputs, a bar at the bottom of the screen;
 * on a laptop, a strip at the top of the results column that appears once the verdict card has
 * scrolled away (styles.css). Never on paper.
 */
export function MobileSummary() {
  // One subscription for the three, as in Verdict.
  const scenario = useScenario();
  const advice = selectAdvice(scenario);
  const result = selectResult(scenario);
  const risk = useRiskSettings();
  const moving = scenario !== useSettledScenario();
  return (
    <LazyBoundary
      what="The odds behind the verdict"
      fallback={<SummaryBar advice={advice} />}
      instead={<SummaryBar advice={advice} />}
    >
      <RiskSummary
        scenario={scenario}
        risk={risk}
        advice={advice}
        result={result}
        moving={moving}
      />
    </LazyBoundary>
  );
}
