import type { Advice } from '../../model/advise.ts';
import type { Result } from '../../model/calculate.ts';
import type { RiskSettings } from '../../model/risk-settings.ts';
import type { Scenario } from '../../model/scenario.ts';
import { selectRiskAdvice } from '../../state/risk-selectors.ts';
import { SummaryBar } from '../SummaryBar.tsx';
import { VerdictCard } from '../VerdictCard.tsx';
import { useSimulation } from './use-simulation.ts';

export interface RiskVerdictProps {
  scenario: Scenario;
  risk: RiskSettings;
  /** The point estimate's advice and result (selectAdvice, selectResult of `scenario`). */
  advice: Advice;
  result: Result;
  /** The headline's failure-rate sentence (useFailureSentence), or null. */
  quality: string | null;
}

/**
 * The verdict once the simulation is known: a cost case that holds in fewer than half the
 * simulated futures is "not yet". While the simulation runs (a slider just moved), the verdict
 * stands on the point estimate and says the odds are being checked.
 */
export default function RiskVerdict({ scenario, risk, advice, result, quality }: RiskVerdictProps) {
  const status = useSimulation(scenario, risk);
  if (status.state === 'ready') {
    const weighed = selectRiskAdvice(advice, result, status.simulation, scenario.horizonMonths);
    return <VerdictCard advice={weighed} quality={quality} />;
  }
  const note =
    status.state === 'running'
      ? 'Checking how likely this is…'
      : `The odds could not be worked out (${status.message}); this verdict rests on your best guesses alone.`;
  return <VerdictCard advice={advice} quality={quality} status={note} />;
}

/** The phone's summary bar with the same weighed verdict (the point estimate's while it runs). */
export function RiskSummary({ scenario, risk, advice, result }: RiskVerdictProps) {
  const status = useSimulation(scenario, risk);
  const shown =
    status.state === 'ready'
      ? selectRiskAdvice(advice, result, status.simulation, scenario.horizonMonths)
      : advice;
  return <SummaryBar advice={shown} />;
}
