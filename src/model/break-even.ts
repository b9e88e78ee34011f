/**
 * The break-even volume: the smallest month-1 requestsPerDay in [0, 100,000,000] at which
 * totalB ≤ totalA, all else equal (spec: `breakEvenRequestsPerDay`).
 */
import { expiringCacheBreakEven, firstNoDearerNear, type Gap } from './break-even-scan.ts';
import {
  apiRequestCost,
  gpuCapacity,
  gpuLoadPerRequest,
  gpuMonthCost,
  gpusForMonth,
  requestsPerUnitVolume,
  runMonths,
} from './months.ts';
import type { Scenario } from './scenario.ts';
import { yearlyTrend, type UnitCosts } from './unit-costs.ts';
import { MAX_REQUESTS_PER_DAY, type RequestsPerDay } from './units.ts';

/** The spec allows the dedicated answer to sit up to 0.5 % above the true one; aim inside. */
const DEDICATED_TOLERANCE = 0.004;
/** Lower-bound steps tried for an exact answer before accepting one within the tolerance. */
const EXACT_STEPS = 20;
const MAX_STEPS = 200;

/**
 * requestsPerDay at which fine-tuning's total over the horizon first stops being dearer than
 * prompting's, or null when it stays dearer all the way to 100,000,000 requests per day.
 * 0 when fine-tuning is no dearer even at zero volume.
 *
 * Serverless: both totals are linear in the volume, so the answer is the root of a line (then
 * checked against the month-by-month totals). Dedicated: GPUs come in whole units, so totalB
 * steps up as volume grows and the gap is not monotone; the search walks up lower bounds until
 * it hits a volume where fine-tuning is no dearer, exactly in the usual case and otherwise within
 * 0.4 % above the smallest such volume. With a cache that expires (spec v2), A's price per
 * request depends on the volume and neither shortcut holds: a log scan, then bisection.
 */
export function breakEvenRequestsPerDay(s: Scenario, u: UnitCosts): RequestsPerDay | null {
  const gap: Gap = (requestsPerDay) => {
    const totals = runMonths(s, u, requestsPerDay);
    return totals.totalB - totals.totalA;
  };
  const gapAtZero = gap(0);
  if (gapAtZero <= 0) return 0;
  // The cache's expiry matters only when it changes the price: a hit rate above 0 and a cached
  // price that differs from the write price.
  const expiring =
    s.cacheTtlMinutes > 0 &&
    u.api.cacheable &&
    s.cacheHitRate > 0 &&
    u.api.cached !== u.api.cacheWrite;
  if (expiring) return expiringCacheBreakEven(s, u, gap, gapAtZero);

  const volumes = requestsPerUnitVolume(s);
  // Without cache expiry, A's cost per request does not depend on the volume; it may still
  // change month by month (price trends and steps), so weigh each month by its requests.
  const perRequest = volumes.map((_, i) => {
    const month = i + 1;
    const a = apiRequestCost(s, u, 0, month);
    const costA = a.prefix + a.input + a.output;
    return {
      saving: costA - s.fallbackRate * costA + u.failurePerRequestA - u.failurePerRequestB,
      serving: yearlyTrend(s.servingPriceChangePerYear, month),
    };
  });
  const weigh = (pick: (m: (typeof perRequest)[number]) => number) => {
    let sum = 0;
    perRequest.forEach((m, i) => (sum += (volumes[i] ?? 0) * pick(m)));
    return sum;
  };
  // What one request per day (in month 1) saves B over the horizon before B's own serving cost.
  const savingPerUnit = weigh((m) => m.saving);

  if (s.servingMode === 'serverless') {
    const netSavingPerUnit = savingPerUnit - weigh((m) => u.serverlessInferenceB * m.serving);
    if (!(netSavingPerUnit > 0)) return null; // every extra request widens B's lead in cost
    return firstNoDearerNear(gapAtZero / netSavingPerUnit, gap);
  }
  if (!(savingPerUnit > 0)) return null; // A's cost does not grow with volume: B never catches up
  const gpuMonths = perRequest.map((m) => gpuMonthCost(s) * m.serving);
  return dedicatedBreakEven(s, u, gap, gapAtZero, volumes, savingPerUnit, gpuMonths);
}

/**
 * Dedicated serving. From a volume `from` known to be below the answer, GPU counts can only rise,
 * so "counts frozen at `from`, growing smoothly beyond" is a convex lower bound of B's cost; its
 * root is again below the answer. Repeating lands on the answer exactly once the GPU counts at
 * the root match the bound's (usual with few GPUs); with many GPUs a volume 0.4 % above the
 * bound is accepted once B is no dearer there.
 */
function dedicatedBreakEven(
  s: Scenario,
  u: UnitCosts,
  gap: Gap,
  gapAtZero: number,
  volumes: readonly number[],
  savingPerUnit: number,
  gpuMonths: readonly number[],
): RequestsPerDay | null {
  const capacity = gpuCapacity(s);
  const loadPerRequest = gpuLoadPerRequest(u);
  const gpusPerUnit = volumes.map((requests) => (requests * loadPerRequest) / capacity);
  const bound: LowerBound = {
    gapAtZero,
    gpuMonths,
    minGpus: s.minGpus,
    savingPerUnit,
    gpusPerUnit,
  };

  const countsAt = (requestsPerDay: number) =>
    volumes.map((requests) => gpusForMonth(s, u, requests * requestsPerDay));
  let from = 0;
  let counts = countsAt(0);
  for (let step = 0; step < MAX_STEPS; step++) {
    const root = lowerBoundRoot(bound, from, counts);
    if (root === null) return null;
    const countsAtRoot = countsAt(root);
    if (countsAtRoot.every((count, m) => count === counts[m])) {
      // No month needs another GPU at the root, so the bound is B's real cost there and the
      // root is the answer, up to rounding.
      const exact = firstNoDearerNear(root, gap);
      if (exact !== null) return exact;
    }
    if (step >= EXACT_STEPS) {
      const near = Math.min(MAX_REQUESTS_PER_DAY, root * (1 + DEDICATED_TOLERANCE));
      if (gap(near) <= 0) return near;
    }
    // Counts at the root are still a lower bound just past it: always move forward, even when
    // rounding returns the same root.
    from = root > from ? root : from * (1 + 1e-12) + 1e-12;
    counts = countsAtRoot;
  }
  // Not reached in any scenario the tests generate; a plain scan keeps the answer honest if it is.
  for (let v = Math.max(from, 1e-6); v < MAX_REQUESTS_PER_DAY; v *= 1 + DEDICATED_TOLERANCE) {
    if (gap(v) <= 0) return v;
  }
  return gap(MAX_REQUESTS_PER_DAY) <= 0 ? MAX_REQUESTS_PER_DAY : null;
}

interface LowerBound {
  /** totalB − totalA at zero volume (all months at minGpus). */
  gapAtZero: number;
  /** One GPU's bill in each month (it follows the serving price trend). */
  gpuMonths: readonly number[];
  minGpus: number;
  /** What A costs, net of fallback, per request/day of month-1 volume over the horizon. */
  savingPerUnit: number;
  /** GPUs month m needs per request/day of month-1 volume, before rounding up. */
  gpusPerUnit: readonly number[];
}

/**
 * Smallest v ≥ from with gapAtZero + gpuMonth × Σ_m (max(counts_m, gpusPerUnit_m × v) − minGpus)
 * − savingPerUnit × v ≤ 0, or null when there is none up to the maximum volume. The bound is
 * piecewise linear and convex in v (a month joins the slope once its smooth need passes its
 * frozen count), so walking its pieces in order finds the root or proves there is none.
 */
function lowerBoundRoot(b: LowerBound, from: number, counts: readonly number[]): number | null {
  let intercept = b.gapAtZero;
  let slope = -b.savingPerUnit;
  const kinks: Array<{ at: number; perUnit: number; count: number; gpuMonth: number }> = [];
  counts.forEach((count, m) => {
    const gpuMonth = b.gpuMonths[m] ?? 0;
    intercept += gpuMonth * (count - b.minGpus);
    const perUnit = b.gpusPerUnit[m] ?? 0;
    if (perUnit > 0) kinks.push({ at: count / perUnit, perUnit, count, gpuMonth });
  });
  kinks.sort((x, y) => x.at - y.at);

  let start = from;
  for (let i = 0; ; i++) {
    const kink = kinks[i];
    const end = kink === undefined ? Infinity : kink.at;
    if (end > start) {
      if (slope >= 0) return null; // the bound only rises from here on
      const root = intercept / -slope;
      if (root <= end) return root <= MAX_REQUESTS_PER_DAY ? Math.max(root, from) : null;
      if (end > MAX_REQUESTS_PER_DAY) return null;
      start = end;
    }
    if (kink === undefined) return null;
    // Past its kink the month's GPUs grow with v: its frozen count leaves the intercept.
    intercept -= kink.gpuMonth * kink.count;
    slope += kink.gpuMonth * kink.perUnit;
  }
}
