/**
 * The month-by-month run of both options (spec: "Volume", "Monthly running costs", "Over the
 * horizon"). One loop serves the result rows, the totals behind the sweep and sensitivity, and
 * the break-even search, so all of them agree to the last bit.
 */
import type { Scenario } from './scenario.ts';
import { apiInputFactor, apiOutputFactor, type ApiPrices, type UnitCosts } from './unit-costs.ts';
import type { ApiRequestCost, MonthRow, Totals } from './month-row.ts';
import {
  DAYS_PER_MONTH,
  HOURS_PER_MONTH,
  SECONDS_PER_MONTH,
  TOKENS_PER_PRICE_UNIT,
  type Dollars,
  type RequestsPerDay,
} from './units.ts';

/** Read once into a local: under vitest an imported name in the month loop is a slow getter. */
const PER_MILLION = TOKENS_PER_PRICE_UNIT;

/**
 * True when a retrain falls in month `month`: months 1 + j × every for j = 1, 2, …; never when
 * `every` is 0. Month 1 never retrains (the initial training is a one-time cost).
 */
export function isRetrainMonth(month: number, every: number): boolean {
  return every > 0 && month > 1 && (month - 1) % every === 0;
}

/**
 * The effective cache hit rate in a month with `requests` requests (spec v2 `hit(m)`). With
 * requests arriving at random (Poisson) at λ per second, a prefix is still warm when another
 * request came within the cache's lifetime: 1 − e^(−λ × ttl). `cacheHitRate` stays the ceiling; a
 * TTL of 0 takes it as given (version 1). 0 when the prefix cannot be cached at all.
 */
export function hitRateAt(api: ApiPrices, requests: number): number {
  if (!api.cacheable) return 0;
  const warmth = api.warmthPerRequest;
  return warmth > 0 ? api.hitCeiling * (1 - Math.exp(-requests * warmth)) : api.hitCeiling;
}

/**
 * A's cost of one request in month `month` of a month with `requests` requests: the tier's
 * prices, the cache hit rate at that volume, the yearly trend and any known price step. The month
 * loop below computes the same expressions in the same order, so the two agree to the last bit.
 */
export function apiRequestCost(
  s: Scenario,
  // Only what A's cost needs: the other-models table prices ~1,400 models without the rest.
  u: Pick<UnitCosts, 'api' | 'staticPrefixTokens' | 'monthly'>,
  requests: number,
  month: number,
): ApiRequestCost {
  const { api, staticPrefixTokens } = u;
  const fIn = u.monthly.fIn[month] ?? apiInputFactor(s, month);
  const fOut = u.monthly.fOut[month] ?? apiOutputFactor(s, month);
  const hitRate = hitRateAt(api, requests);
  const prefixPrice = api.cacheable
    ? hitRate * api.cached + (1 - hitRate) * api.cacheWrite
    : api.input;
  return {
    prefix: (staticPrefixTokens * prefixPrice * fIn) / PER_MILLION,
    input: (s.inputTokens * api.input * fIn) / PER_MILLION,
    output: (s.outputTokens * api.output * fOut) / PER_MILLION,
    hitRate,
  };
}

/**
 * Runs months 1..horizonMonths at month-1 volume `requestsPerDay` (which overrides the
 * scenario's) and returns the totals of A, B and C. When `rows` is given, appends rows 0..H to it.
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
  let cumulativeC = u.oneTimeA;
  if (rows !== undefined) {
    const monthZero: MonthRow = {
      month: 0,
      requests: 0,
      costA: u.oneTimeA,
      costB: u.oneTimeB,
      costC: 0,
      cumulativeA,
      cumulativeB,
      cumulativeC,
      retrain: 0,
      prefixA: 0,
      inputA: 0,
      outputA: 0,
      failureA: 0,
      upkeepA: 0,
      inferenceB: 0,
      fallbackB: 0,
      failureB: 0,
      upkeepB: 0,
      inferenceC: 0,
      cacheHitRate: 0,
    };
    if (dedicated) {
      monthZero.gpus = 0;
      monthZero.gpusC = 0;
    }
    rows.push(monthZero);
  }

  // The loop runs thousands of times for one sweep or break-even search: read every figure once.
  const { upkeepAPerMonth, upkeepBPerMonth, serverlessInferenceB, serverlessInferenceC } = u;
  const { retrainCost, failurePerRequestA, failurePerRequestB } = u;
  const { horizonMonths, retrainEveryMonths, minGpus, fallbackRate, inputTokens, outputTokens } = s;
  const { api, staticPrefixTokens } = u;
  const { cacheable, cached, cacheWrite, hitCeiling, warmthPerRequest } = api;
  const factors = u.monthly;
  const loadPerRequest = u.gpuTokensPerRequest / SECONDS_PER_MONTH;
  const loadPerRequestC = u.gpuTokensPerRequestC / SECONDS_PER_MONTH;
  const capacity = gpuCapacity(s);
  // Growth compounds by repeated multiplication: cheaper than a power each month, and monotone
  // in the volume, so more requests can never round to a lower total.
  let requests = requestsPerDay * DAYS_PER_MONTH;
  for (let month = 1; month <= horizonMonths; month++) {
    if (month > 1) requests *= growthFactor;
    // Exactly apiRequestCost's expressions, inlined: this loop is the hot path of every search.
    const fIn = factors.fIn[month] ?? 1;
    const fOut = factors.fOut[month] ?? 1;
    const hitRate = !cacheable
      ? 0
      : warmthPerRequest > 0
        ? hitCeiling * (1 - Math.exp(-requests * warmthPerRequest))
        : hitCeiling;
    const prefixPrice = cacheable ? hitRate * cached + (1 - hitRate) * cacheWrite : api.input;
    const prefixPerRequest = (staticPrefixTokens * prefixPrice * fIn) / PER_MILLION;
    const inputPerRequest = (inputTokens * api.input * fIn) / PER_MILLION;
    const outputPerRequest = (outputTokens * api.output * fOut) / PER_MILLION;
    const prefixA = requests * prefixPerRequest;
    const inputA = requests * inputPerRequest;
    const outputA = requests * outputPerRequest;
    const failureA = requests * failurePerRequestA;
    const costA = prefixA + inputA + outputA + failureA + upkeepAPerMonth;

    const serving = factors.g[month] ?? 1;
    const gpus = dedicated ? gpusNeeded(requests, loadPerRequest, capacity, minGpus) : 0;
    const gpusC = dedicated ? gpusNeeded(requests, loadPerRequestC, capacity, minGpus) : 0;
    const inferenceB = dedicated
      ? gpus * (gpuMonth * serving)
      : hostingFee + requests * (serverlessInferenceB * serving);
    const inferenceC = dedicated
      ? gpusC * (gpuMonth * serving)
      : hostingFee + requests * (serverlessInferenceC * serving);
    const fallbackB =
      requests * (fallbackRate * (prefixPerRequest + inputPerRequest + outputPerRequest));
    const failureB = requests * failurePerRequestB;
    const retrain = isRetrainMonth(month, retrainEveryMonths) ? retrainCost : 0;
    const costB = inferenceB + fallbackB + failureB + upkeepBPerMonth + retrain;
    const costC = inferenceC + failureA + upkeepAPerMonth;

    cumulativeA += costA;
    cumulativeB += costB;
    cumulativeC += costC;
    if (rows !== undefined) {
      const row: MonthRow = {
        month,
        requests,
        costA,
        costB,
        costC,
        cumulativeA,
        cumulativeB,
        cumulativeC,
        retrain,
        prefixA,
        inputA,
        outputA,
        failureA,
        upkeepA: upkeepAPerMonth,
        inferenceB,
        fallbackB,
        failureB,
        upkeepB: upkeepBPerMonth,
        inferenceC,
        cacheHitRate: hitRate,
      };
      // Added after the literal, not spread into it: a spread makes every row a slow object.
      if (dedicated) {
        row.gpus = gpus;
        row.gpusC = gpusC;
      }
      rows.push(row);
    }
  }
  return { totalA: cumulativeA, totalB: cumulativeB, totalC: cumulativeC };
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
 * `requests` never adds a GPU (an exact fit of 1,700 tokens/s on 1,700 tokens/s stays 1 GPU); from
 * ten thousand GPUs up, within 1e-14 of the count (float noise there exceeds a billionth of a GPU).
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
  const gpus = (requests * loadPerRequest) / capacity;
  return Math.max(minGpus, Math.ceil(gpus - Math.max(1e-9, gpus * 1e-14)));
}

/** One GPU's bill for one 720-hour month. */
export function gpuMonthCost(s: Scenario): Dollars {
  return s.gpuHourlyPrice * HOURS_PER_MONTH;
}
