import { useState } from 'react';
import type { Advice, Reason } from '../../model/advise.ts';
import type { Result } from '../../model/calculate.ts';
import type { RiskSettings } from '../../model/risk-settings.ts';
import type { Scenario } from '../../model/scenario.ts';
import { formatCountOf } from '../../model/format.ts';
import { finishedSimulation } from '../../risk/client.ts';
import { inputRhythm } from '../../state/last-input.ts';
import { selectRiskAdvice } from '../../state/risk-selectors.ts';
import { SummaryBar } from '../SummaryBar.tsx';
import { CHECKING, VerdictCard } from '../VerdictCard.tsx';
import { useSimulation } from './use-simulation.ts';

export interface RiskVerdictProps {
  scenario: Scenario;
  risk: RiskSettings;
  /** The point estimate's advice and result (selectAdvice, selectResult of `scenario`). */
  advice: Advice;
  result: Result;
  /** The headline's failure-rate sentence (selectFailureSentence), or null. */
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
 * stands on the point estimate and says the odds are being checked. While the inputs move, the
 * reasons stay those last shown, dimmed, and catch up once the odds are in: one change of the
 * list per pause, never the point estimate's reasons first and the odds' one added a moment
 * later. And the status line is always there (it says what the verdict was weighed against once
 * it was), so the card keeps its height through a drag: its first move used to change the card's
 * height (the odds' reason out, the status line in), and everything below the verdict moved, a
 * relayout and repaint of the whole results column.
 *
 * "Those last shown", the very list (kept by identity, so React leaves its DOM alone): usually the
 * last pause's weighed reasons, or the point estimate's when keys came before the first odds.
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
  let card: { advice: Advice; status?: string; held?: readonly Reason[] | undefined };
  if (status.state === 'ready') {
    card = {
      advice: selectRiskAdvice(advice, result, status.simulation, scenario.horizonMonths),
      status: `Weighed against ${formatCountOf(status.simulation.samples, 'simulated future')}: see “How sure is this?”`,
    };
  } else if (status.state === 'failed') {
    card = {
      advice,
      status: `The odds could not be worked out (${status.message}); this verdict rests on your best guesses alone.`,
    };
  } else {
    // Running: the inputs moved, or the odds of where they stopped are still being drawn.
    card = {
      advice,
      held: shown ?? (moving ? weighedIfKnown(settled, risk).reasons : undefined),
      status:
        moving && inputRhythm() > 0
          ? 'The reasons catch up when you pause, then the odds are checked.'
          : CHECKING,
    };
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
