/**
 * The shapes of the month-by-month run (months.ts): one row per month, the horizon's totals, and
 * A's cost of one request in a month.
 */
import type { Dollars, DollarsPerRequest } from './units.ts';

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
  /** A's cost this month: prefixA + inputA + outputA + failureA + upkeepA (month 0: oneTimeA). */
  costA: Dollars;
  /** B's cost this month: inferenceB + fallbackB + failureB + upkeepB + retrain (month 0: oneTimeB). */
  costB: Dollars;
  /** C's cost this month: inferenceC + failureA + upkeepA (month 0: 0; C's one-time cost is A's). */
  costC: Dollars;
  cumulativeA: Dollars;
  cumulativeB: Dollars;
  /** C starts from A's one-time cost: it keeps A's prompt and needs no training. */
  cumulativeC: Dollars;
  /** Retrain cost paid this month, 0 in months without a retrain. */
  retrain: Dollars;
  /** Dedicated GPUs running this month for B; present only in dedicated mode. */
  gpus?: number;
  /** Dedicated GPUs C would need this month; present only in dedicated mode. */
  gpusC?: number;
  /** A: the static prefix part of all requests this month. */
  prefixA: Dollars;
  /** A: the request-specific input part. */
  inputA: Dollars;
  /** A: the output part. */
  outputA: Dollars;
  /** A: what its wrong answers cost (failureRateA × failureCost per request). */
  failureA: Dollars;
  /** A: prompt maintenance hours × hourly rate. */
  upkeepA: Dollars;
  /** B: serverless token charges plus the hourly hosting fee, or the dedicated GPUs' bill. */
  inferenceB: Dollars;
  /** B: requests also sent to A (fallbackRate × A's cost of those requests). */
  fallbackB: Dollars;
  /** B: what its wrong answers cost (failureRateB × failureCost per request). */
  failureB: Dollars;
  /** B: maintenance hours × hourly rate. */
  upkeepB: Dollars;
  /** C: its serving bill, as B's but for the whole prompt. */
  inferenceC: Dollars;
  /** Share of A's requests that read the prefix from the cache this month (0 when not cacheable). */
  cacheHitRate: number;
}

export interface Totals {
  totalA: Dollars;
  totalB: Dollars;
  totalC: Dollars;
}

/** A's cost of one request in one month, in its three parts (spec v2: costPerRequestA(m)). */
export interface ApiRequestCost {
  prefix: DollarsPerRequest;
  input: DollarsPerRequest;
  output: DollarsPerRequest;
  /** The share of requests that found the prefix in the cache (0 when it cannot be cached). */
  hitRate: number;
}
