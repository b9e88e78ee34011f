import type { ReactNode } from 'react';
import { formatUsd } from '../../model/format.ts';
import type { Result } from '../../model/calculate.ts';
import type { Scenario } from '../../model/scenario.ts';
import { failureTotals } from '../../state/v2-readings.ts';

export interface QualityCardProps {
  scenario: Scenario;
  /** The scenario's result (selectResult): what wrong answers cost each month. */
  result: Pick<Result, 'months'>;
  /** The failure rate B must stay under, as the headline says it; null when there is none. */
  sentence: string | null;
  /** The three inputs: cost per failure, A's and B's failure rates. */
  children: ReactNode;
}

/**
 * "What does a wrong answer cost?": the price of one failure and each option's failure rate. A
 * cheaper model that fails more often is not cheaper; once a failure has a price, the card says
 * what failures cost each option and the failure rate the fine-tuned model must stay under.
 */
export default function QualityCard({ scenario, result, sentence, children }: QualityCardProps) {
  const { failureCost, horizonMonths } = scenario;
  const totals = failureTotals(scenario, result);
  return (
    <section className="card quality" aria-labelledby="quality-title">
      <h2 id="quality-title">What does a wrong answer cost?</h2>
      <p className="muted small">
        A cheaper model that fails more often is not cheaper. Put a price on one wrong answer and
        each option’s failure rate; measure both rates on the same golden set (a few hundred real
        requests with checked answers) or on a human-reviewed sample of live traffic.
      </p>
      {children}
      {failureCost > 0 ? (
        <div className="billing-notice" role="status">
          <p className="quality-outcome">
            Over {horizonMonths} months wrong answers cost {formatUsd(totals.a)} when prompting (A)
            and {formatUsd(totals.b)} when fine-tuned (B).
          </p>
          {sentence && <p className="quality-outcome quality-break-even">{sentence}.</p>}
        </div>
      ) : (
        <p className="field-help">
          At $0 per wrong answer, quality does not enter the comparison: both options count as
          equally good.
        </p>
      )}
    </section>
  );
}
