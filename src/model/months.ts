/**
 * The month-by-month run of both options (spec: "Volume", "Monthly running costs", "Over the
 * horizon"). One loop serves the result rows, the totals behind the sweep and sensitivity, and
 * the break-even search, so all of them agree to the last bit.
 */
import type { Scenario } from './scenario';
import type { UnitCosts } from './unitCosts';
import {
  DAYS_PER_MONTH,
  HOURS_PER_MONTH,
  SECONDS_PER_MONTH,
  type Dollars,
  type RequestsPerDay,
} from './units';

/**
 * One month of the comparison, all money in US dollars. Month 0 is the moment before month 1:
 * its `costA`/`costB` are the one-time costs, its running parts are 0, and its cumulative
 * figures equal the one-time costs, so `cumulative(m) = cumulative(m − 1) + cost(m)` holds for
 * every row after it.
 */
export interface MonthRow {
  month: number;
  /** Requests in this month (30 days). */
  requests: number;
  /** A's cost this month: prefixA + inputA + outputA + upkeepA (month 0: oneTimeA). */
  costA: Dollars;
  /** B's cost this month: inferenceB + fallbackB + upkeepB + retrain (month 0: oneTimeB). */
  costB: Dollars;
  cumulativeA: Dollars;
  cumulativeB: Dollars;
  /** Retrain cost paid this month, 0 in months without a retrain. */
  retrain: Dollars;
  /** Dedicated GPUs running this month; present only in dedicated mode. */
  gpus?: number;
  /** A: the static prefix part of all requests this month. */
  prefixA: Dollars;
  /** A: the request-specific input part. */
  inputA: Dollars;
  /** A: the output part. */
  outputA: Dollars;
  /** A: prompt maintenance hours × hourly rate. */
  upkeepA: Dollars;
  /** B: serverless token charges plus the hourly hosting fee, or the dedicated GPUs' bill. */
  inferenceB: Dollars;
  /** B: requests also sent to A (fallbackRate × A's cost of those requests). */
  fallbackB: Dollars;
  /** B: maintenance hours × hourly rate. */
  upkeepB: Dollars;
}

export interface Totals {
  totalA: Dollars;
  totalB: Dollars;
}

/**
 * True when a retrain falls in month `month`: months 1 + j × every for j = 1, 2, …; never when
 * `every` is 0. Month 1 never retrains (the initial training is a one-time cost).
 */
export function isRetrainMonth(month: number, every: number): boolean {
  return every > 0 && month > 1 && (month - 1) % every === 0;
}

/**
 * Runs months 1..horizonMonths at month-1 volume `requestsPerDay` (which overrides the
 * scenario's) and returns the totals. When `rows` is given, appends rows 0..H to it.
 */
export function runMonths(
  s: Scenario,
  u: UnitCosts,
  requestsPerDay: RequestsPerDay,
  rows?: MonthRow[],
): Totals {
  const dedicated = s.servingMode === 'dedicated';
  const gpuMonth = gpuMonthCost(s);
  const hostingFee = s.servingHourlyFee * HOURS_PER_MONTH;
  const growthFactor = 1 + s.monthlyGrowth;
  let cumulativeA = u.oneTimeA;
  let cumulativeB = u.oneTimeB;
  const monthZero: MonthRow = {
    month: 0,
    requests: 0,
    costA: u.oneTimeA,
    costB: u.oneTimeB,
    cumulativeA,
    cumulativeB,
    retrain: 0,
    prefixA: 0,
    inputA: 0,
    outputA: 0,
    upkeepA: 0,
    inferenceB: 0,
    fallbackB: 0,
    upkeepB: 0,
  };
  if (dedicated) monthZero.gpus = 0;
  rows?.push(monthZero);

  // The loop runs 3,600 times for one sweep: read every figure once, not once a month.
  const { prefix, input, output } = u.costPerRequestAParts;
  const { upkeepAPerMonth, upkeepBPerMonth, serverlessInferenceB, fallbackPerRequest } = u;
  const { retrainCost } = u;
  const { horizonMonths, retrainEveryMonths, minGpus } = s;
  const loadPerRequest = gpuLoadPerRequest(u);
  const capacity = gpuCapacity(s);
  // Growth compounds by repeated multiplication: cheaper than a power each month, and monotone
  // in the volume, so more requests can never round to a lower total.
  let requests = requestsPerDay * DAYS_PER_MONTH;
  for (let month = 1; month <= horizonMonths; month++) {
    if (month > 1) requests *= growthFactor;
    const prefixA = requests * prefix;
    const inputA = requests * input;
    const outputA = requests * output;
    const costA = prefixA + inputA + outputA + upkeepAPerMonth;

    const gpus = dedicated ? gpusNeeded(requests, loadPerRequest, capacity, minGpus) : 0;
    const inferenceB = dedicated ? gpus * gpuMonth : hostingFee + requests * serverlessInferenceB;
    const fallbackB = requests * fallbackPerRequest;
    const retrain = isRetrainMonth(month, retrainEveryMonths) ? retrainCost : 0;
    const costB = inferenceB + fallbackB + upkeepBPerMonth + retrain;

    cumulativeA += costA;
    cumulativeB += costB;
    if (rows !== undefined) {
      const row: MonthRow = {
        month,
        requests,
        costA,
        costB,
        cumulativeA,
        cumulativeB,
        retrain,
        prefixA,
        inputA,
        outputA,
        upkeepA: upkeepAPerMonth,
        inferenceB,
        fallbackB,
        upkeepB: upkeepBPerMonth,
      };
      // Added after the literal, not spread into it: a spread makes every row a slow object.
      if (dedicated) row.gpus = gpus;
      rows.push(row);
    }
  }
  return { totalA: cumulativeA, totalB: cumulativeB };
}

/**
 * requests(m) for m = 1..H at 1 request per day in month 1, compounded the way runMonths does:
 * multiplied by a volume, these are the months' requests.
 */
export function requestsPerUnitVolume(s: Scenario): number[] {
  const perMonth: number[] = [];
  let requests = DAYS_PER_MONTH;
  for (let month = 1; month <= s.horizonMonths; month++) {
    if (month > 1) requests *= 1 + s.monthlyGrowth;
    perMonth.push(requests);
  }
  return perMonth;
}

/**
 * Dedicated GPUs needed for one month's requests:
 * max(minGpus, ceil(load / (gpuOutputTokensPerSecond × targetUtilization))), load in tokens/s.
 * A load within a billionth of a GPU of a whole number counts as that number, so float noise in
 * `requests` never adds a GPU (an exact fit of 1,700 tokens/s on 1,700 tokens/s stays 1 GPU).
 */
export function gpusForMonth(s: Scenario, u: UnitCosts, requests: number): number {
  return gpusNeeded(requests, gpuLoadPerRequest(u), gpuCapacity(s), s.minGpus);
}

/** Output-equivalent tokens per second one GPU is planned to serve. Never 0 on valid input. */
export function gpuCapacity(s: Scenario): number {
  return s.gpuOutputTokensPerSecond * s.targetUtilization;
}

/** Tokens per second of GPU load that one request a month adds. */
export function gpuLoadPerRequest(u: UnitCosts): number {
  return u.gpuTokensPerRequest / SECONDS_PER_MONTH;
}

/**
 * gpusForMonth on plain numbers, for the month loop, which reads everything once before it
 * starts. It lives in this file and takes no imported constant because the loop calls it: under
 * vitest every imported name is read through a module getter, which made dedicated sweeps several
 * times slower in the benchmark.
 */
function gpusNeeded(requests: number, loadPerRequest: number, capacity: number, minGpus: number) {
  return Math.max(minGpus, Math.ceil((requests * loadPerRequest) / capacity - 1e-9));
}

/** One GPU's bill for one 720-hour month. */
export function gpuMonthCost(s: Scenario): Dollars {
  return s.gpuHourlyPrice * HOURS_PER_MONTH;
}
