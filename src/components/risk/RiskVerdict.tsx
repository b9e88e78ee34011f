import type { Advice } from '../../model/advise.ts';
import type { Result } from '../../model/calculate.ts';
import type { RiskSettings } from '../../model/risk-settings.ts';
import type { Scenario } from '../../model/scenario.ts';
import { finishedSimulation } from '../../risk/client.ts';
import { inputRhythm } from '../../state/last-input.ts';
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
  /** The scenario as of the last pause (useSettledScenario), with its advice and result. */
  settled: { scenario: Scenario; advice: Advice; result: Result };
}

/** The advice of a pause, weighed by its odds when they were worked out. */
function weighedIfKnown(
  { scenario, advice, result }: RiskVerdictProps['settled'],
  risk: RiskSettings,
): Advice {
  const simulation = finishedSimulation(scenario, risk);
  return simulation ? selectRiskAdvice(advice, result, simulation, scenario.horizonMonths) : advice;
}

/**
 * The verdict once the simulation is known: a cost case that holds in fewer than half the
 * simulated futures is "not yet". While the simulation runs (a slider just moved), the verdict
 * stands on the point estimate and says the odds are being checked. While a slider is dragged or
 * keys come in a rhythm, the reasons stay those of the last pause, dimmed, and catch up when the
 * user pauses; a single change (a click, a preset, a link) shows its reasons at once.
 */
export default function RiskVerdict({
  scenario,
  risk,
  advice,
  result,
  quality,
  settled,
}: RiskVerdictProps) {
  const moving = settled.scenario !== scenario;
  const status = useSimulation(scenario, risk, moving);
  if (status.state === 'ready') {
    const weighed = selectRiskAdvice(advice, result, status.simulation, scenario.horizonMonths);
    return <VerdictCard advice={weighed} quality={quality} />;
  }
  if (status.state === 'failed') {
    const note = `The odds could not be worked out (${status.message}); this verdict rests on your best guesses alone.`;
    return <VerdictCard advice={advice} quality={quality} status={note} />;
  }
  return moving && inputRhythm() > 0 ? (
    <VerdictCard
      advice={advice}
      held={weighedIfKnown(settled, risk).reasons}
      quality={quality}
      status="The reasons catch up when you pause, then the odds are checked."
    />
  ) : (
    <VerdictCard advice={advice} quality={quality} status="Checking how likely this is…" />
  );
}

/** The phone's summary bar with the same weighed verdict (the point estimate's while it runs). */
export function RiskSummary({
  scenario,
  risk,
  advice,
  result,
  moving,
}: Omit<RiskVerdictProps, 'quality' | 'settled'> & { moving: boolean }) {
  const status = useSimulation(scenario, risk, moving);
  const shown =
    status.state === 'ready'
      ? selectRiskAdvice(advice, result, status.simulation, scenario.horizonMonths)
      : advice;
  return <SummaryBar advice={shown} />;
}
