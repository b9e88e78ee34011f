/**
 * The simulation in words: the headline of "How sure is this?", the median break-even month, and
 * the verdict once the odds are known — a cost case that holds in fewer than half the simulated
 * futures is not a reason to fine-tune yet.
 */
import { hasCostCase, KIND_ORDER, type Advice, type Reason } from './advise.ts';
import type { Result } from './calculate.ts';
import { formatChance, formatCountOf, formatMonths, formatUsdShort } from './format.ts';
import type { Simulation } from './simulate.ts';

/** Below this share of futures in which fine-tuning is cheaper, a cost case is "not yet". */
export const LIKELY = 0.5;

/** "2,000 simulated futures" (one: "1 simulated future"). */
function futures(sim: Simulation): string {
  return formatCountOf(sim.samples, 'simulated future');
}

/** The middle 80 % of savings in words, each end signed by what it is: a saving or an extra cost. */
function middleEighty(low: number, high: number): string {
  const usd = (value: number) => formatUsdShort(Math.abs(value));
  if (low >= 0) return `a saving between ${usd(low)} and ${usd(high)}`;
  if (high < 0) return `an extra cost between ${usd(high)} and ${usd(low)}`;
  return `between an extra cost of ${usd(low)} and a saving of ${usd(high)}`;
}

/**
 * "Fine-tuning is cheaper over 12 months in 64 % of 2,000 simulated futures; median saving
 * $18k (8 futures in 10: between an extra cost of $9k and a saving of $51k)". Signs are said in
 * words, not minus signs: "extra cost −$9k" would read as a saving. No final full stop.
 */
export function riskHeadline(sim: Simulation, horizonMonths: number): string {
  const over = formatMonths(horizonMonths);
  const median = sim.savingsP50;
  const middle =
    median >= 0
      ? `median saving ${formatUsdShort(median)}`
      : `median extra cost ${formatUsdShort(-median)}`;
  return (
    `Fine-tuning is cheaper over ${over} in ${formatChance(sim.probabilityCheaper)} of ${futures(sim)}; ` +
    `${middle} (8 futures in 10: ${middleEighty(sim.savingsP10, sim.savingsP90)})`
  );
}

/**
 * "It breaks even in 87 % of them, at month 5 in the middle case" or "It breaks even in none of
 * them within 12 months". No final full stop.
 */
export function breakEvenSentence(sim: Simulation, horizonMonths: number): string {
  if (sim.breakEvenMonthP50 === null) {
    return `It breaks even in none of them within ${formatMonths(horizonMonths)}`;
  }
  const when = sim.breakEvenMonthP50 === 0 ? 'from the start' : `by month ${sim.breakEvenMonthP50}`;
  return `It breaks even in ${formatChance(sim.probabilityBreakEven)} of them; in the median of those, ${when}`;
}

/**
 * The advice once the simulation is known. A "fine-tune" whose saving holds in fewer than half
 * the futures becomes "not yet", with a caution that says so; otherwise the verdict stands and a
 * reason reports the odds. When every future is the same (no ranges), there are no odds to speak
 * of and the advice is returned as it is.
 */
export function adviseWithRisk(
  advice: Advice,
  result: Pick<Result, 'savings' | 'breakEvenMonth'>,
  sim: Simulation,
  horizonMonths: number,
): Advice {
  // Every future the same: nothing to add to what the point estimate already says.
  if (sim.savingsP10 === sim.savingsP90 && sim.probabilityCheaper % 1 === 0) return advice;
  const share = sim.probabilityCheaper === 0 ? 'none' : formatChance(sim.probabilityCheaper);
  const odds = `in ${share} of ${futures(sim)} over ${formatMonths(horizonMonths)}`;
  const costCase = hasCostCase(result);
  const unlikely = sim.probabilityCheaper < LIKELY;
  let reason: Reason;
  if (costCase && unlikely) {
    reason = {
      kind: 'caution',
      field: 'ranges',
      text: `The saving is not likely: fine-tuning is cheaper only ${odds}. At your best guesses it pays, but across your ranges it more often costs more. Narrow the ranges with real numbers (a volume forecast, a pilot) before committing.`,
    };
  } else if (costCase) {
    reason = {
      kind: 'benefit',
      field: 'ranges',
      text: `The saving is likely: fine-tuning is cheaper ${odds}.`,
    };
  } else if (unlikely) {
    const only = sim.probabilityCheaper === 0 ? '' : 'only ';
    reason = { kind: 'cost', field: 'ranges', text: `Fine-tuning is cheaper ${only}${odds}.` };
  } else {
    reason = {
      kind: 'hint',
      field: 'ranges',
      text: `Fine-tuning is cheaper ${odds}, though not at your best guesses: your ranges lean in its favour. Check the optimistic ends before relying on them.`,
    };
  }
  const verdict = advice.verdict === 'fine-tune' && unlikely ? 'not-yet' : advice.verdict;
  return { ...advice, verdict, reasons: insertByKind(advice.reasons, reason) };
}

/** The reasons with one more, after the others of its kind (the advisor's order by kind). */
function insertByKind(reasons: readonly Reason[], added: Reason): Reason[] {
  const rank = KIND_ORDER.indexOf(added.kind);
  const at = reasons.findIndex((reason) => KIND_ORDER.indexOf(reason.kind) > rank);
  const out = [...reasons];
  out.splice(at === -1 ? out.length : at, 0, added);
  return out;
}
