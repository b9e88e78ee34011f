/**
 * The cost model's entry point: `calculate(scenario)` returns every figure the app shows, with the
 * names the spec lists (shared/spec/cost-model.md, "Result").
 */
import { breakEvenRequestsPerDay } from './break-even.ts';
import type { MonthRow } from './month-row.ts';
import { apiRequestCost, runMonths } from './months.ts';
import type { Scenario } from './scenario.ts';
import { unitCosts, type UnitCosts } from './unit-costs.ts';
import {
  DAYS_PER_MONTH,
  type Dollars,
  type DollarsPerRequest,
  type Months,
  type RequestsPerDay,
  type Tokens,
} from './units.ts';

export type { MonthRow } from './month-row.ts';

/** Everything the calculation returns. Money in US dollars; null where a figure does not exist. */
export interface Result {
  /** A's cost of one request in month 1: its prefix, input and output parts added up. */
  costPerRequestA: DollarsPerRequest;
  costPerRequestAParts: {
    prefix: DollarsPerRequest;
    input: DollarsPerRequest;
    output: DollarsPerRequest;
  };
  /**
   * B's cost of one request in month 1: inference plus the fallback share of A's cost. Serverless,
   * the per-token charges (the hourly fee is not per request); dedicated, month 1's GPU bill
   * divided by month 1's requests — null at zero volume, where no request shares the bill.
   */
  costPerRequestB: DollarsPerRequest | null;
  costPerRequestBParts: { inference: DollarsPerRequest; fallback: DollarsPerRequest } | null;
  /** C (the small model prompted with A's whole prompt) per request in month 1; null as for B. */
  costPerRequestC: DollarsPerRequest | null;
  oneTimeA: Dollars;
  oneTimeB: Dollars;
  oneTimeBParts: {
    labeling: Dollars;
    training: Dollars;
    evaluation: Dollars;
    engineering: Dollars;
  };
  trainingTokensPerRun: Tokens;
  trainingRunCost: Dollars;
  retrainCost: Dollars;
  /** Rows for months 0..horizonMonths; see MonthRow for month 0. */
  months: MonthRow[];
  totalA: Dollars;
  totalB: Dollars;
  /** C's total over the horizon: A's one-time cost plus the small model's bills, unchanged prompt. */
  totalC: Dollars;
  /** totalA − totalB: positive when fine-tuning is cheaper over the horizon. */
  savings: Dollars;
  /** The saving split by its source; the two parts add up to `savings`. */
  savingsParts: {
    /** totalA − totalC: what moving to the small model saves before any fine-tuning. */
    modelSwitch: Dollars;
    /** totalC − totalB: what fine-tuning the small model saves on top of that. */
    fineTuning: Dollars;
  };
  /** What B costs beyond serving: one-time costs, retrains and H months of upkeep. */
  investment: Dollars;
  /** savings / investment; null when the investment is 0 (nothing to return on). */
  roi: number | null;
  /** First whole month m (0..H) with cumulativeB(m) ≤ cumulativeA(m); null when none. */
  breakEvenMonth: number | null;
  /** The month the cumulative curves cross, interpolated within the month; null when none. */
  paybackMonths: Months | null;
  /** Smallest month-1 volume at which totalB ≤ totalA (see break-even.ts); null when none. */
  breakEvenRequestsPerDay: number | null;
  /**
   * The highest failureRateB at which totalB ≤ totalA, all else equal (capped at 1); null when
   * wrong answers cost nothing, there are no requests, or B is dearer even with no failures.
   */
  breakEvenFailureRateB: number | null;
  /** S − k × R, in A's tokens; negative when B's remaining prompt is the longer one. */
  promptTokensSavedPerRequest: Tokens;
  /** requests(1) × promptTokensSavedPerRequest; 0 at zero volume. */
  promptTokensSavedPerMonth: Tokens;
  /** Month 1's share of A's requests that read the prefix from the cache; 0 when not cacheable. */
  effectiveCacheHitRate: number;
  /** True when every request is billed at the long-context tier (S + U above its threshold). */
  longContextTier: boolean;
}

/**
 * Runs the cost model on a scenario that passed `validateScenario`. Pure and total on valid
 * input: it never returns NaN, Infinity or a negative count. Zero volume, zero investment and
 * "never breaks even" are ordinary cases, answered with 0s and nulls as documented per field.
 */
export function calculate(s: Scenario): Result {
  const u = unitCosts(s);
  const months: MonthRow[] = [];
  const { totalA, totalB, totalC } = runMonths(s, u, s.requestsPerDay, months);
  const retrainTotal = months.reduce((sum, row) => sum + row.retrain, 0);
  const investment = u.oneTimeB + retrainTotal + s.horizonMonths * u.upkeepBPerMonth;
  const savings = totalA - totalB;
  const promptTokensSavedPerRequest =
    u.staticPrefixTokens - s.tokenizerRatio * s.residualPromptTokens;
  const requests1 = s.requestsPerDay * DAYS_PER_MONTH;
  const a = apiRequestCost(s, u, requests1, 1);
  const costPerRequestA = a.prefix + a.input + a.output;
  const fallback = s.fallbackRate * costPerRequestA;
  const first = months[1];
  const perRequest = (serverless: DollarsPerRequest, hosting: Dollars | undefined) =>
    s.servingMode === 'serverless'
      ? serverless
      : requests1 > 0 && hosting !== undefined && Number.isFinite(hosting / requests1)
        ? hosting / requests1
        : null; // no request to share the bill (or a volume so small the quotient overflows)
  const inferenceB = perRequest(u.serverlessInferenceB, first?.inferenceB);

  return {
    costPerRequestA,
    costPerRequestAParts: { prefix: a.prefix, input: a.input, output: a.output },
    costPerRequestB: inferenceB === null ? null : inferenceB + fallback,
    costPerRequestBParts: inferenceB === null ? null : { inference: inferenceB, fallback },
    costPerRequestC: perRequest(u.serverlessInferenceC, first?.inferenceC),
    oneTimeA: u.oneTimeA,
    oneTimeB: u.oneTimeB,
    oneTimeBParts: u.oneTimeBParts,
    trainingTokensPerRun: u.trainingTokensPerRun,
    trainingRunCost: u.trainingRunCost,
    retrainCost: u.retrainCost,
    months,
    totalA,
    totalB,
    totalC,
    savings,
    savingsParts: { modelSwitch: totalA - totalC, fineTuning: totalC - totalB },
    investment,
    roi: returnOnInvestment(savings, investment),
    breakEvenMonth: breakEvenMonth(months),
    paybackMonths: paybackMonths(months),
    breakEvenRequestsPerDay: breakEvenFor(s, u),
    breakEvenFailureRateB: breakEvenFailureRateB(s, months, savings),
    promptTokensSavedPerRequest,
    promptTokensSavedPerMonth: requests1 * promptTokensSavedPerRequest,
    effectiveCacheHitRate: a.hitRate,
    longContextTier: u.api.tier,
  };
}

/**
 * The scenario the break-even volume was last searched for (a copy: a caller may change its own
 * object afterwards), and the answer. The search runs every total at volumes of its own choosing,
 * so its answer does not depend on the scenario's volume: a move of the volume slider, the one
 * people drag most, reuses it instead of searching again. With a cache that expires (the
 * defaults) the search is a log scan then bisection, 0.3 – 0.4 ms a move at 4× CPU in a profile:
 * half of calculate's time and a few per cent of a move's script.
 */
let lastBreakEven: { s: Scenario; answer: RequestsPerDay | null } | null = null;

function breakEvenFor(s: Scenario, u: UnitCosts): RequestsPerDay | null {
  if (lastBreakEven !== null && sameButVolume(lastBreakEven.s, s)) return lastBreakEven.answer;
  const answer = breakEvenRequestsPerDay(s, u);
  lastBreakEven = { s: { ...s }, answer };
  return answer;
}

/** Every input but requestsPerDay equal (u, the unit costs, follows from them). */
function sameButVolume(a: Scenario, b: Scenario): boolean {
  let keys = 0;
  for (const key in b) {
    keys++;
    if (key !== 'requestsPerDay' && !Object.is(a[key as keyof Scenario], b[key as keyof Scenario]))
      return false;
  }
  return keys === Object.keys(a).length;
}

/**
 * savings / investment, or null with no investment. Also null when the ratio is too large to
 * represent (an investment of a fraction of a cent), so no Infinity ever reaches the page.
 */
function returnOnInvestment(savings: Dollars, investment: Dollars): number | null {
  if (!(investment > 0)) return null;
  const roi = savings / investment;
  return Number.isFinite(roi) ? roi : null;
}

/**
 * Spec v2 `breakEvenFailureRateB`: totals are linear in failureRateB with slope
 * failureCost × N (N = all requests over the horizon), so x = failureRateB + savings / (failureCost × N).
 */
function breakEvenFailureRateB(
  s: Scenario,
  months: readonly MonthRow[],
  savings: Dollars,
): number | null {
  const requests = months.reduce((sum, row) => sum + row.requests, 0);
  if (!(s.failureCost > 0) || !(requests > 0)) return null;
  const x = s.failureRateB + savings / (s.failureCost * requests);
  if (!Number.isFinite(x) || x < 0) return null;
  return Math.min(x, 1);
}

/** d(m) = cumulativeB(m) − cumulativeA(m): fine-tuning's remaining deficit after month m. */
function deficit(row: MonthRow): Dollars {
  return row.cumulativeB - row.cumulativeA;
}

/** Index of the first row with d(m) ≤ 0, or -1. */
function firstCrossing(months: readonly MonthRow[]): number {
  return months.findIndex((row) => deficit(row) <= 0);
}

/** Spec `breakEvenMonth`: 0 when B starts no dearer, null when B never catches up. */
export function breakEvenMonth(months: readonly MonthRow[]): number | null {
  const index = firstCrossing(months);
  return index < 0 ? null : (months[index]?.month ?? null);
}

/**
 * Spec `paybackMonths`: m − 1 + d(m − 1) / (d(m − 1) − d(m)) in the first month m where d
 * reaches ≤ 0, so 2.48 means "about half-way through month 3"; 0 when d(0) ≤ 0, null when none.
 */
export function paybackMonths(months: readonly MonthRow[]): Months | null {
  const index = firstCrossing(months);
  if (index < 0) return null;
  const row = months[index];
  const before = months[index - 1];
  if (row === undefined || before === undefined) return 0;
  const dBefore = deficit(before);
  // dBefore > 0 ≥ d(m), so the denominator is positive and the fraction lies in (0, 1].
  return before.month + dBefore / (dBefore - deficit(row));
}
