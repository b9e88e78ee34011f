/**
 * How sure is the answer? `simulate` draws many plausible futures from ranges on the uncertain
 * inputs and reports how often fine-tuning comes out cheaper (spec: "Risk: a simulation over
 * uncertain inputs"). Pure and deterministic: the same scenario, ranges, seed and sample count
 * give the same figures on every machine, so a shared link shows the same percentages.
 */
import { breakEvenMonth } from './calculate.ts';
import { runMonths } from './months.ts';
import type { MonthRow } from './month-row.ts';
import { uniform } from './prng.ts';
import { drawScenario, drawsFor, nearestRank, type Ranges } from './risk-draws.ts';
import { DEFAULT_SAMPLES, DEFAULT_SEED } from './risk-settings.ts';
import type { Scenario } from './scenario.ts';
import { unitCosts } from './unit-costs.ts';
import type { Dollars } from './units.ts';

/** More samples than this add nothing a reader can see and would only freeze the worker. */
export const MAX_SAMPLES = 100_000;

export interface SimulateOptions {
  /** Futures to draw, a whole number 1..100,000; default 2,000. */
  samples?: number;
  /** Any number; the generator starts from `seed >>> 0` (see prng.ts). Default 1. */
  seed?: number;
}

/** P10, P50 and P90 of cumulativeA(m) − cumulativeB(m) over the samples, for one month. */
export interface SavingsBand {
  month: number;
  p10: Dollars;
  p50: Dollars;
  p90: Dollars;
}

export interface Simulation {
  /** The sample count and seed actually used: defaults filled, the seed as `seed >>> 0`. */
  samples: number;
  seed: number;
  /** Share of samples with savings > 0, in [0, 1]. */
  probabilityCheaper: number;
  /** Nearest-rank percentiles of savings (totalA − totalB) over the samples. */
  savingsP10: Dollars;
  savingsP50: Dollars;
  savingsP90: Dollars;
  /** Share of samples with a break-even month within the horizon, in [0, 1]. */
  probabilityBreakEven: number;
  /** Median break-even month over the samples that break even; null when none does. */
  breakEvenMonthP50: number | null;
  /** One band per month 0..horizonMonths. */
  cumulativeSavingsBands: SavingsBand[];
}

/**
 * Runs the cost model (`calculate`'s savings, months and break-even month) on `samples` futures. In each, every input with a range in `ranges` is drawn
 * independently from a triangular distribution (low, mode = the scenario's value, high) — in log
 * space for requestsPerDay when its low is above 0 — and counts (residualPromptTokens,
 * trainingRunsPerRelease) are rounded to whole numbers. Inputs without a range keep their value.
 *
 * Order of random numbers, so that another implementation can reproduce every sample: one
 * generator (prng.ts) seeded once; sample 1 takes one uniform number per ranged input in
 * RANGED_KEYS order, then sample 2 does the same, and so on. Percentiles use the nearest-rank
 * method on the sorted samples.
 */
export function simulate(
  scenario: Scenario,
  ranges: Ranges,
  options: SimulateOptions = {},
): Simulation {
  const samples = sampleCount(options.samples);
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
  const next = uniform(seed);
  const draws = drawsFor(scenario, ranges);
  const months = scenario.horizonMonths + 1;

  const savings = new Float64Array(samples);
  // Month-major, so each month's samples sort as one contiguous run.
  const gaps = new Float64Array(months * samples);
  const breakEvenMonths: number[] = [];
  let cheaper = 0;
  for (let i = 0; i < samples; i++) {
    const result = run(drawScenario(scenario, draws, next));
    savings[i] = result.savings;
    if (result.savings > 0) cheaper++;
    if (result.breakEvenMonth !== null) breakEvenMonths.push(result.breakEvenMonth);
    result.months.forEach((row, m) => {
      gaps[m * samples + i] = row.cumulativeA - row.cumulativeB;
    });
  }

  savings.sort();
  breakEvenMonths.sort((a, b) => a - b);
  return {
    samples,
    seed,
    probabilityCheaper: cheaper / samples,
    savingsP10: nearestRank(savings, 10),
    savingsP50: nearestRank(savings, 50),
    savingsP90: nearestRank(savings, 90),
    probabilityBreakEven: breakEvenMonths.length / samples,
    breakEvenMonthP50: breakEvenMonths.length > 0 ? nearestRank(breakEvenMonths, 50) : null,
    cumulativeSavingsBands: bands(gaps, months, samples),
  };
}

/**
 * What `calculate` returns for the three figures the simulation reads — savings, the months'
 * cumulative costs and the break-even month — from the very functions calculate uses, so they
 * agree to the last bit (the point-range tests check it). The rest of calculate is skipped: the
 * break-even volume alone is a search over hundreds of volumes in some scenarios.
 */
function run(s: Scenario): { savings: Dollars; months: MonthRow[]; breakEvenMonth: number | null } {
  const months: MonthRow[] = [];
  const { totalA, totalB } = runMonths(s, unitCosts(s), s.requestsPerDay, months);
  return { savings: totalA - totalB, months, breakEvenMonth: breakEvenMonth(months) };
}

function bands(gaps: Float64Array, months: number, samples: number): SavingsBand[] {
  const out: SavingsBand[] = [];
  for (let month = 0; month < months; month++) {
    const run = gaps.subarray(month * samples, (month + 1) * samples).sort();
    out.push({
      month,
      p10: nearestRank(run, 10),
      p50: nearestRank(run, 50),
      p90: nearestRank(run, 90),
    });
  }
  return out;
}

/** A whole number of samples in 1..MAX_SAMPLES; the default for anything unusable. */
function sampleCount(samples: number | undefined): number {
  if (samples === undefined || !Number.isFinite(samples)) return DEFAULT_SAMPLES;
  return Math.min(MAX_SAMPLES, Math.max(1, Math.round(samples)));
}
