/**
 * "How is this calculated?": the spec's formulas (version 2) with one scenario's numbers filled
 * in, so a sceptical reader can redo any figure by hand. Each line is built from an expression
 * (explain-expr.ts) whose numbers give the line's value; the page only lays the text out.
 */
import type { Result } from './calculate.ts';
import {
  difference,
  formatTerm,
  missing,
  PER_MILLION,
  product,
  quotient,
  step,
  sum,
  term,
  type ExplainedSection,
  type ExplainedStep,
} from './explain-expr.ts';
import { explainServing } from './explain-serving.ts';
import type { Scenario } from './scenario.ts';
import { unitCosts, type UnitCosts } from './unit-costs.ts';
import { DAYS_PER_MONTH } from './units.ts';

/** The calculation of `result` from `s`, step by step. Month figures are month 1's. */
export function explain(s: Scenario, result: Result): ExplainedSection[] {
  const u = unitCosts(s);
  const row1 = result.months[1];
  const requests1 = row1?.requests ?? 0;
  return [
    ...explainServing(s, result, u),
    {
      title: 'Month 1',
      steps: [
        step(
          'Requests',
          product(term(s.requestsPerDay, 'count', 'a day'), term(DAYS_PER_MONTH, 'count', 'days')),
          requests1,
          'requests',
          'months[1].requests',
        ),
        ...monthOne(s, result, requests1),
      ],
    },
    oneTimeSection(s, result),
    overTheHorizon(s, result, u),
  ];
}

/** Month 1's cost of A, B and C: per-request charges, wrong answers, upkeep. */
function monthOne(s: Scenario, r: Result, requests: number): ExplainedStep[] {
  const row = r.months[1];
  if (row === undefined) return [];
  const n = term(requests, 'requests');
  // Parts that are 0 in this scenario (no upkeep, failures that cost nothing, no fallback) are
  // left out: they add nothing, and the line stays readable.
  const upkeep = (hours: number) =>
    hours === 0 ? [] : [product(term(hours, 'hoursPerMonth'), term(s.hourlyRate, 'usdPerHour'))];
  const failures = (rate: number, note: string) =>
    rate === 0 || s.failureCost === 0
      ? []
      : [product(n, term(rate, 'share', note), term(s.failureCost, 'usd', 'a wrong answer'))];
  const fallback =
    s.fallbackRate === 0
      ? []
      : [product(n, term(s.fallbackRate, 'share', 'fallback'), term(r.costPerRequestA, 'usd'))];
  const serving = s.servingMode === 'dedicated' ? 'GPUs' : 'serving';
  const costA = sum(
    product(n, term(r.costPerRequestA, 'usd', 'a request')),
    ...failures(s.failureRateA, "A's failure rate"),
    ...upkeep(s.promptMaintenanceHoursPerMonth),
  );
  const costB = sum(
    term(row.inferenceB, 'usd', serving),
    ...fallback,
    ...failures(s.failureRateB, "B's failure rate"),
    ...upkeep(s.maintenanceHoursPerMonth),
  );
  const costC = sum(
    term(row.inferenceC, 'usd', serving),
    ...failures(s.failureRateA, "A's failure rate"),
    ...upkeep(s.promptMaintenanceHoursPerMonth),
  );
  return [
    step('Cost A', costA, row.costA, 'usd', 'months[1].costA'),
    step('Cost B', costB, row.costB, 'usd', 'months[1].costB'),
    step('Cost C', costC, row.costC, 'usd', 'months[1].costC'),
  ];
}

function oneTimeSection(s: Scenario, r: Result): ExplainedSection {
  const hours = (h: number) => product(term(h, 'hours'), term(s.hourlyRate, 'usdPerHour'));
  const training = product(
    term(s.trainingRunsPerRelease, 'count', 'runs'),
    term(r.trainingRunCost, 'usd'),
  );
  const steps: ExplainedStep[] = [
    step(
      'Training tokens per run',
      product(
        term(s.trainingExamples, 'count', 'examples'),
        term(s.trainingTokensPerExample, 'tokens'),
        term(s.epochs, 'count', 'epochs'),
      ),
      r.trainingTokensPerRun,
      'tokens',
      'trainingTokensPerRun',
    ),
    step(
      'One training run',
      quotient(
        product(term(r.trainingTokensPerRun, 'tokens'), term(s.trainingPrice, 'usdPerM')),
        PER_MILLION,
      ),
      r.trainingRunCost,
      'usd',
      'trainingRunCost',
    ),
    step(
      'One-time B',
      sum(
        product(term(s.trainingExamples, 'count'), term(s.labelingCostPerExample, 'usd')),
        training,
        term(s.evalCostPerRelease, 'usd', 'evaluation'),
        hours(s.engineeringHoursInitial),
      ),
      r.oneTimeB,
      'usd',
      'oneTimeB',
    ),
  ];
  if (s.retrainEveryMonths > 0) {
    const retrain = sum(
      product(
        term(s.retrainNewDataFraction, 'share', 'new data'),
        term(s.trainingExamples, 'count'),
        term(s.labelingCostPerExample, 'usd'),
      ),
      training,
      term(s.evalCostPerRelease, 'usd', 'evaluation'),
      hours(s.engineeringHoursPerRetrain),
    );
    steps.push(step('Each retrain', retrain, r.retrainCost, 'usd', 'retrainCost'));
  }
  return { title: 'One-time and retraining (B)', steps };
}

function overTheHorizon(s: Scenario, r: Result, u: UnitCosts): ExplainedSection {
  const H = s.horizonMonths;
  const months = `m = 1..${H}`;
  const retrains = r.months.filter((row) => row.retrain > 0).length;
  const retrainTotal = retrains * r.retrainCost;
  const runningB = r.totalB - r.oneTimeB - retrainTotal;
  const retrainTerm = product(term(retrains, 'count', 'retrains'), term(r.retrainCost, 'usd'));
  const upkeepB = product(
    term(H, 'months'),
    term(s.maintenanceHoursPerMonth, 'hoursPerMonth'),
    term(s.hourlyRate, 'usdPerHour'),
  );
  const steps: ExplainedStep[] = [
    runningTotal('A', u.oneTimeA, r.totalA, months),
    step(
      'Total B',
      sum(
        term(r.oneTimeB, 'usd', 'one-time B'),
        term(runningB, 'usd', `Σ cost B(m) without retrains, ${months}`),
        retrainTerm,
      ),
      r.totalB,
      'usd',
      'totalB',
    ),
    // C has nothing to train: its one-time cost is A's.
    runningTotal('C', u.oneTimeA, r.totalC, months),
    step(
      'Savings',
      difference(term(r.totalA, 'usd'), term(r.totalB, 'usd')),
      r.savings,
      'usd',
      'savings',
    ),
    savingStep(r, 'From the smaller model', ['A', r.totalA], ['C', r.totalC], 'modelSwitch'),
    savingStep(r, 'From fine-tuning', ['C', r.totalC], ['B', r.totalB], 'fineTuning'),
    step(
      'Investment',
      sum(term(r.oneTimeB, 'usd', 'one-time B'), retrainTerm, upkeepB),
      r.investment,
      'usd',
      'investment',
    ),
  ];
  steps.push(
    r.roi === null
      ? missing('Return on investment', 'no investment to return on', 'roi')
      : step(
          'Return on investment',
          quotient(term(r.savings, 'usd'), term(r.investment, 'usd')),
          r.roi,
          'roi',
          'roi',
        ),
  );
  if (r.breakEvenFailureRateB !== null) steps.push(failureRateStep(s, r));
  return { title: `Over ${formatTerm(H, 'months')}`, steps };
}

/** "Total A = one-time A + Σ cost A(m)": an option without retrains, over the horizon. */
function runningTotal(option: 'A' | 'C', oneTime: number, total: number, months: string) {
  const parts = sum(
    term(oneTime, 'usd', 'one-time A'),
    term(total - oneTime, 'usd', `Σ cost ${option}(m), ${months}`),
  );
  return step(`Total ${option}`, parts, total, 'usd', `total${option}`);
}

/** One part of the saving, as the model gives it: the total before a step less the one after. */
function savingStep(
  r: Result,
  label: string,
  [fromName, from]: readonly [string, number],
  [toName, to]: readonly [string, number],
  part: keyof Result['savingsParts'],
): ExplainedStep {
  const gap = difference(term(from, 'usd', fromName), term(to, 'usd', toName));
  return step(label, gap, r.savingsParts[part], 'usd', `savingsParts.${part}`);
}

/** The highest failure rate of B at which fine-tuning still pays: rate + savings ÷ (cost × N). */
function failureRateStep(s: Scenario, r: Result): ExplainedStep {
  const requests = r.months.reduce((total, row) => total + row.requests, 0);
  const x = sum(
    term(s.failureRateB, 'share', "B's failure rate"),
    quotient(
      term(r.savings, 'usd'),
      product(term(s.failureCost, 'usd', 'a wrong answer'), term(requests, 'requests')),
    ),
  );
  const amount = r.breakEvenFailureRateB ?? 0;
  const capped = amount === 1 ? { op: 'min' as const, of: [x, term(1, 'share')] } : x;
  return step("B's break-even failure rate", capped, amount, 'share', 'breakEvenFailureRateB');
}
