import { memo, useId, useState } from 'react';
import { breakEvenSentence, riskHeadline } from '../../model/risk-advice.ts';
import type { RiskSettings } from '../../model/risk-settings.ts';
import type { Scenario } from '../../model/scenario.ts';
import { selectRangeRows } from '../../state/risk-selectors.ts';
import { OnScreen } from '../../charts/OnScreen.tsx';
import { LazyBoundary, lazyPart } from '../LazyPart.tsx';
import { RangeInputs, type SetRange } from './RangeInputs.tsx';
import { useSimulation } from './use-simulation.ts';
import { OwnForm } from '../OwnForm.tsx';
import './risk.css';

// recharts is its own chunk, shared with the other charts.
const FanChart = lazyPart(() => import('../../charts/FanChart.tsx'));

export interface RiskSectionProps {
  /** The scenario of the last pause (RiskArea trails the live one, as the charts do). */
  scenario: Scenario;
  /** Whether the live inputs have moved on since: the odds then say they are being worked out. */
  moving?: boolean;
  risk: RiskSettings;
  onRange: SetRange;
  onSeed: (seed: number) => void;
}

/** Keeps the chart's place while it (re)computes, so the page does not jump. */
function ChartPlaceholder({ text }: { text: string }) {
  return <div className="chart-frame risk-chart-pending">{text}</div>;
}

function SeedBox({ seed, onSeed }: { seed: number; onSeed: (seed: number) => void }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const valid = (text: string) => /^\d{1,10}$/.test(text) && Number(text) <= 4_294_967_295;
  return (
    <OwnForm className="risk-seed small">
      <label htmlFor={id}>Random seed</label>{' '}
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={draft ?? String(seed)}
        aria-invalid={draft !== null && !valid(draft)}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          setDraft(e.target.value);
          if (valid(e.target.value)) onSeed(Number(e.target.value));
        }}
        onBlur={() => setDraft(null)}
      />{' '}
      <span id={`${id}-help`} className="muted">
        The same seed draws the same futures, so a shared link shows the same percentages. Change it
        to see how much the figures move by chance alone.
      </span>
    </OwnForm>
  );
}

/**
 * "How sure is this?": ranges for the uncertain inputs, and what 2,000 futures drawn from them
 * say — the chance that fine-tuning is cheaper, the spread of the saving, the median break-even
 * month and the fan chart. While a slider moves the old answer is taken down, not shown beside
 * new numbers; the new one comes once the slider pauses.
 */
function RiskSection({ scenario, moving = false, risk, onRange, onSeed }: RiskSectionProps) {
  const status = useSimulation(scenario, risk, moving);
  const rows = selectRangeRows(scenario, risk.ranges);
  const ranged = rows.some((row) => row.range !== null);
  return (
    <section className="card risk" aria-labelledby="risk-title">
      <h2 id="risk-title">How sure is this?</h2>
      <p className="muted small">
        Nobody knows next year’s volume or how many training runs it will take. Give each uncertain
        input a range: the calculator draws 2,000 possible futures from them and counts how often
        fine-tuning comes out cheaper.
      </p>
      <div className="risk-answer" aria-live="polite">
        {status.state === 'ready' ? (
          <>
            <p className="risk-headline">
              {riskHeadline(status.simulation, scenario.horizonMonths)}.
            </p>
            <p>{breakEvenSentence(status.simulation, scenario.horizonMonths)}.</p>
            {!ranged && (
              <p className="muted small">
                Every input is marked certain, so every future is the same.
              </p>
            )}
          </>
        ) : status.state === 'running' ? (
          <p className="muted">Simulating 2,000 futures…</p>
        ) : (
          <p className="risk-error">The simulation failed: {status.message}</p>
        )}
      </div>
      {status.state === 'ready' ? (
        <LazyBoundary
          what="The fan chart"
          fallback={<ChartPlaceholder text="Loading the chart…" />}
        >
          {/* Off-screen, a new simulation's fan is not drawn until it is scrolled to. */}
          <OnScreen title="Cumulative saving across the simulated futures">
            <FanChart bands={status.simulation.cumulativeSavingsBands} />
          </OnScreen>
        </LazyBoundary>
      ) : (
        <ChartPlaceholder text="The chart follows once the simulation has run." />
      )}
      <p className="print-only small">
        Ranges: {rows.map((row) => `${row.label} ${row.rangeText}`).join('; ')}. Seed {risk.seed}.
      </p>
      <div className="risk-inputs no-print">
        <h3>Ranges</h3>
        <RangeInputs rows={rows} onRange={onRange} />
        <SeedBox seed={risk.seed} onSeed={onSeed} />
      </div>
    </section>
  );
}

// RiskArea hands down the scenario of a pause: a move in the middle of a drag skips the section.
export default memo(RiskSection);
