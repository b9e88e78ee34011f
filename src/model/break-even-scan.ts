/**
 * The break-even volume's numerical search for a cache that expires (spec v2
 * `breakEvenRequestsPerDay`: a log scan of at least 100 points per decade, then bisection), and the
 * final check every search ends with. break-even.ts decides which search a scenario needs.
 */
import { apiRequestCost, gpuCapacity, gpuLoadPerRequest, requestsPerUnitVolume } from './months.ts';
import type { Scenario } from './scenario.ts';
import { yearlyTrend, type UnitCosts } from './unit-costs.ts';
import { MAX_REQUESTS_PER_DAY, SECONDS_PER_MONTH, type RequestsPerDay } from './units.ts';

/**
 * A root computed in floating point can miss by a few ulps, leaving totalB a hair above totalA;
 * these relative nudges (at most 0.01 %) find the first representable volume that is no dearer.
 */
const NUDGES = [0, 1e-15, 1e-14, 1e-13, 1e-12, 1e-11, 1e-10, 1e-9, 1e-7, 1e-5, 1e-4];

export type Gap = (requestsPerDay: RequestsPerDay) => number;

/** The first of `estimate` and its tiny upward nudges at which B is no dearer, or null. */
export function firstNoDearerNear(estimate: RequestsPerDay, gap: Gap): RequestsPerDay | null {
  if (estimate > MAX_REQUESTS_PER_DAY * (1 + 1e-9)) return null;
  for (const nudge of NUDGES) {
    const requestsPerDay = Math.min(MAX_REQUESTS_PER_DAY, estimate * (1 + nudge));
    if (gap(requestsPerDay) <= 0) return requestsPerDay;
  }
  return null;
}

/** Log-spaced scan points per decade, as the spec asks (at least 100). */
const SCAN_PER_DECADE = 100;
/** Bisection stops when the bracket is this narrow (relative): well inside the spec's 0.5 %. */
const BISECT_TOLERANCE = 1e-4;
/** e^(−40) is below half an ulp of 1: from here on the cache is warm in every month. */
const SATURATED_EXPONENT = 40;
/** Dedicated: GPU steps checked between two scan points; more than this and the scan alone decides. */
const MAX_STEP_POINTS = 64;
/** A lower bound computed in floating point is trusted only this far (relative). */
const BOUND_MARGIN = 1e-9;

/**
 * With a cache that expires, A's price per request changes with the volume, so totals are not
 * linear in it: the spec asks for a scan of at least 100 log-spaced points per decade, then
 * bisection. The answer is the first scan point where B is no dearer, narrowed by bisection
 * against the scan point below it (the gap need not be monotone, so no single root is assumed).
 *
 * A slider move runs this, so scan points are skipped where a lower bound proves B dearer, which
 * never changes the answer (see `ScanBound`). Dedicated serving adds the volumes where a month's
 * GPUs are exactly full: the gap is lowest just before a GPU is added, and a dip below zero there
 * can be narrower than the scan's spacing. Serverless, once every month's cache is warm the totals
 * are linear again and the line's root is the answer.
 */
export function expiringCacheBreakEven(
  s: Scenario,
  u: UnitCosts,
  gap: Gap,
  gapAtZero: number,
): RequestsPerDay | null {
  const bound = scanBound(s, u);
  const from = gapAtZero / bound.slopeAt(0);
  if (!(from > 0) || !(from <= MAX_REQUESTS_PER_DAY)) return null; // no volume lets B catch up
  const serverless = s.servingMode === 'serverless';
  const quietest = Math.min(...bound.volumes);
  const warmFrom =
    quietest > 0
      ? (SATURATED_EXPONENT * SECONDS_PER_MONTH) / (quietest * s.cacheTtlMinutes * 60)
      : Infinity;
  const steps = serverless ? null : gpuSteps(s, u, bound.volumes);
  const scanPoint = (i: number) =>
    Math.min(MAX_REQUESTS_PER_DAY, from * 10 ** (i / SCAN_PER_DECADE));

  // Below `from` B cannot have caught up (the bound at zero volume), so the scan starts there.
  let i = 0;
  let v = scanPoint(0);
  let g = gap(v);
  if (g <= 0) return v;
  for (;;) {
    // Here gap(v) = g > 0 and B is dearer at every scan point up to v.
    if (v >= MAX_REQUESTS_PER_DAY) return null;
    if (serverless && v >= warmFrom) {
      const warmSlope = -bound.warmSlope;
      if (warmSlope >= 0) return null; // linear from here on, and not falling
      return firstNoDearerNear(v + g / -warmSlope, gap);
    }
    const reach = bound.dearerUpTo(v, g);
    if (reach >= MAX_REQUESTS_PER_DAY) return null;
    const skip = Math.floor(Math.log10(reach / from) * SCAN_PER_DECADE);
    const j = skip > i && scanPoint(skip) <= reach ? skip : i;
    if (j > i) {
      i = j;
      v = scanPoint(i);
      g = gap(v);
      continue;
    }
    const next = scanPoint(i + 1);
    let below = v;
    for (const p of steps === null ? [] : steps.between(v, next)) {
      if (gap(p) <= 0) return bisect(gap, below, p);
      below = p;
    }
    const gNext = gap(next);
    if (gNext <= 0) return bisect(gap, below, next);
    i += 1;
    v = next;
    g = gNext;
  }
}

/**
 * A lower bound of the gap for skipping scan points. Write gap(v) = C + H(v) − v × N(v): C the
 * fixed costs (one-time, upkeep, retrains, B's hosting fee), H(v) B's GPU bill, which never falls
 * as v grows, and N(v) = Σ_m requests_m × ((1 − fallbackRate) × costA(m, v) + failure difference
 * − B's serverless price) per request/day of month-1 volume. Each month's costA is monotone in
 * the volume (the hit rate is), so for v ≥ a it lies between costA at a and the warm-cache costA,
 * and N(v) ≤ P(a), the same sum with the larger of the two. Hence for v ≥ a:
 * gap(v) ≥ gap(a) + a × N(a) − v × P(a) — positive up to (gap(a) + a × N(a)) / P(a).
 */
interface ScanBound {
  /** requests(m) at 1 request/day in month 1, m = 1..H. */
  volumes: readonly number[];
  /** P(a). */
  slopeAt(a: number): number;
  /** N at a fully warm cache: the totals' slope in v once every month is saturated. */
  warmSlope: number;
  /** A volume up to which B is proven dearer, given gap(a) = gapAtA > 0 (Infinity: everywhere). */
  dearerUpTo(a: number, gapAtA: number): number;
}

function scanBound(s: Scenario, u: UnitCosts): ScanBound {
  const volumes = requestsPerUnitVolume(s);
  const serverless = s.servingMode === 'serverless';
  const keep = 1 - s.fallbackRate;
  const quality = u.failurePerRequestA - u.failurePerRequestB;
  const costA = (requests: number, month: number) => {
    const a = apiRequestCost(s, u, requests, month);
    return a.prefix + a.input + a.output;
  };
  const months = volumes.map((requests, index) => {
    const month = index + 1;
    const servingB = serverless
      ? u.serverlessInferenceB * yearlyTrend(s.servingPriceChangePerYear, month)
      : 0;
    return { requests, month, warm: costA(Infinity, month), other: quality - servingB };
  });
  // N(a) and P(a) in one pass over the months.
  const slopes = (a: number) => {
    let net = 0;
    let most = 0;
    for (const m of months) {
      const atA = costA(a * m.requests, m.month);
      net += m.requests * (keep * atA + m.other);
      most += m.requests * (keep * Math.max(atA, m.warm) + m.other);
    }
    return { net, most };
  };
  let warmSlope = 0;
  for (const m of months) warmSlope += m.requests * (keep * m.warm + m.other);
  return {
    volumes,
    slopeAt: (a) => slopes(a).most,
    warmSlope,
    dearerUpTo(a, gapAtA) {
      const { net, most } = slopes(a);
      if (!(most > 0)) return Infinity;
      const reach = ((gapAtA + a * net) / most) * (1 - BOUND_MARGIN);
      return Number.isFinite(reach) ? reach : a;
    },
  };
}

/**
 * Dedicated serving: the volumes at which some month's GPUs are exactly full (its GPU count is
 * still the lower one there, one more just above), where the gap has its local lows.
 */
function gpuSteps(s: Scenario, u: UnitCosts, volumes: readonly number[]) {
  const capacity = gpuCapacity(s);
  // Months with the same volume (no growth) have the same steps: each counted once, or a long
  // horizon's copies passed MAX_STEP_POINTS and the steps were skipped, missing a dip below zero
  // (fast-check found one: 47 months, break-even 1 % too high).
  const perUnit = [
    ...new Set(volumes.map((requests) => (requests * gpuLoadPerRequest(u)) / capacity)),
  ].filter((gpus) => gpus > 0);
  return {
    /** The step volumes strictly between lo and hi, ascending; none if there are too many. */
    between(lo: number, hi: number): number[] {
      const points: number[] = [];
      for (const gpus of perUnit) {
        const first = Math.max(s.minGpus, Math.floor(lo * gpus) + 1);
        for (let n = first; n / gpus < hi; n++) {
          if (n / gpus > lo) points.push(n / gpus);
          if (points.length > MAX_STEP_POINTS) return [];
        }
      }
      return points.sort((x, y) => x - y);
    },
  };
}

/** The no-dearer end of a bracket (gap(lo) > 0 ≥ gap(hi)) narrowed to BISECT_TOLERANCE. */
function bisect(gap: Gap, lo: RequestsPerDay, hi: RequestsPerDay): RequestsPerDay {
  while (hi - lo > hi * BISECT_TOLERANCE) {
    const mid = (lo + hi) / 2;
    if (gap(mid) > 0) lo = mid;
    else hi = mid;
  }
  return hi;
}
