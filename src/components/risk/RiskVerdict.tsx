import { useState } from 'react';
import type { Advice, Reason } from '../../model/advise.ts';
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
 * keys come in a rhythm, the reasons stay those last shown, dimmed, and catch up when the user
 * pauses; a single change (a click, a preset, a link) shows its reasons at once.
 *
 * "Those last shown": a drag's first move is a single change until the second one comes, so its
 * reasons are on screen by then. Holding the last pause's reasons instead made every drag and
 * run of keys rewrite the list twice in its first two moves (the new reasons, then the old ones
 * back, dimmed): a flicker, and a card of long sentences laid out again for nothing.
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
  // The reasons on screen when they were last current (React's pattern for information from
  // previous renders: set during render, which re-runs this component before its children).
  const [shown, setShown] = useState<readonly Reason[] | null>(null);
  let card: { advice: Advice; status?: string; held?: readonly Reason[] };
  if (status.state === 'ready') {
    card = {
      advice: selectRiskAdvice(advice, result, status.simulation, scenario.horizonMonths),
    };
  } else if (status.state === 'failed') {
    card = {
      advice,
      status: `The odds could not be worked out (${status.message}); this verdict rests on your best guesses alone.`,
    };
  } else if (moving && inputRhythm() > 0) {
    card = {
      advice,
      held: shown ?? weighedIfKnown(settled, risk).reasons,
      status: 'The reasons catch up when you pause, then the odds are checked.',
    };
  } else {
    card = { advice, status: 'Checking how likely this is…' };
  }
  if (card.held === undefined && shown !== card.advice.reasons) setShown(card.advice.reasons);
  return (
    <VerdictCard advice={card.advice} held={card.held} quality={quality} status={card.status} />
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
