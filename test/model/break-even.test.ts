// Properties of the break-even volume (spec: `breakEvenRequestsPerDay`), on at least 1,000 random
// scenarios each: no dearer at it, dearer just below it, null only when no volume up to 100M
// requests a day lets fine-tuning catch up — in both serving modes, with and without cache expiry.
import fc from 'fast-check';
import { describe, it, vi } from 'vitest';
import { calculate } from '../../src/model/calculate.ts';
import { runMonths } from '../../src/model/months.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/scenario.ts';
import { unitCosts } from '../../src/model/unit-costs.ts';
import { RUNS, dedicatedArb, expiringArb, serverlessArb } from './arbitraries.ts';

const MAX_VOLUME = 100_000_000;
// No test here is about speed; on a machine shared by several test runs they take a while.
vi.setConfig({ testTimeout: 60_000 });

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** totalB − totalA at month-1 volume v, computed as calculate computes it. */
const gapAt = (s: Scenario, v: number) => {
  const totals = runMonths(s, unitCosts(s), v);
  return totals.totalB - totals.totalA;
};

/**
 * B dearer at v, or level with A within the totals' rounding: with decades of growth the totals
 * reach 1e18 dollars, where one ulp is thousands of dollars and the gap below the break-even can
 * round to 0 (fast-check found one: 57 months at 41 % growth a month, the gap 0 at 0.99×).
 */
function dearerOrLevel(s: Scenario, v: number): boolean {
  const totals = runMonths(s, unitCosts(s), v);
  const gap = totals.totalB - totals.totalA;
  return gap > 0 || Math.abs(gap) <= 1e-12 * Math.max(totals.totalA, totals.totalB);
}

/** A break-even, when there is one, lies in 0..100M: no dearer at it, dearer at 0.99× of it. */
function checkBracketed(s: Scenario): void {
  const breakEven = calculate(s).breakEvenRequestsPerDay;
  if (breakEven === null) return;
  check(breakEven >= 0 && breakEven <= MAX_VOLUME, `${breakEven} outside 0..100M`);
  check(gapAt(s, breakEven) <= 0, `B dearer at the break-even ${breakEven}`);
  if (breakEven === 0) return;
  // Dedicated, the gap dips just below each GPU step. The search checks every step between two
  // scan points while there are few; with hundreds (many GPUs a month) the spec's log scan alone
  // decides, and a dip narrower than its spacing can go unseen (fast-check found one: 41 months,
  // about 80 GPUs in month 1).
  if (s.servingMode === 'dedicated' && gpuStepVolumes(s, breakEven, 300) === null) return;
  check(dearerOrLevel(s, 0.99 * breakEven), `B no dearer below ${breakEven}`);
}

describe('breakEvenRequestsPerDay', () => {
  it('serverless: fine-tuning is no dearer at it and dearer at 0.99× of it', () => {
    fc.assert(fc.property(serverlessArb, checkBracketed), RUNS);
  });

  it('is null only when fine-tuning is not cheaper even at 100M requests per day', () => {
    fc.assert(
      fc.property(fc.oneof(serverlessArb, dedicatedArb), (s) => {
        if (calculate(s).breakEvenRequestsPerDay !== null) return;
        const atMax = runMonths(s, unitCosts(s), MAX_VOLUME);
        // Fixed costs can vanish in the rounding of totals of 1e16 dollars; allow only that.
        check(atMax.totalB >= atMax.totalA * (1 - 1e-12), 'B cheaper at 100M: a break-even exists');
      }),
      RUNS,
    );
  });

  it('dedicated, cache not expiring: no dearer at it, and dearer everywhere below 1/1.005 of it', () => {
    fc.assert(
      fc.property(dedicatedArb, (generated) => {
        const s = { ...generated, cacheTtlMinutes: 0 };
        const breakEven = calculate(s).breakEvenRequestsPerDay;
        if (breakEven === null) return;
        check(gapAt(s, breakEven) <= 0, `B dearer at the break-even ${breakEven}`);
        if (breakEven === 0) return;
        assertDearerBelow(s, breakEven / 1.005, breakEven);
      }),
      RUNS,
    );
  });

  it('with an expiring cache, both modes: no dearer at it and dearer at 0.99× of it', () => {
    fc.assert(fc.property(expiringArb, checkBracketed), RUNS);
  });

  it('with an expiring cache, dedicated, 47 months of one volume: the dip just below a GPU step is found', () => {
    // Found by fast-check in CI: each month's copy of the same GPU steps was counted, there were
    // too many to check, and the answer came out about 1 % above the smallest no-dearer volume.
    const s = FOUND_DEDICATED_EXPIRING;
    const breakEven = calculate(s).breakEvenRequestsPerDay ?? NaN;
    check(gapAt(s, breakEven) <= 0, `B dearer at the break-even ${breakEven}`);
    check(dearerOrLevel(s, 0.99 * breakEven), `B no dearer below ${breakEven}`);
  });

  it('with an expiring cache, dedicated: dearer at every GPU step below 1/1.005 of it', () => {
    fc.assert(
      fc.property(expiringArb, (generated) => {
        const s = { ...generated, servingMode: 'dedicated' as const };
        const breakEven = calculate(s).breakEvenRequestsPerDay;
        if (breakEven === null || breakEven === 0) return;
        assertDearerBelow(s, breakEven / 1.005, breakEven);
      }),
      RUNS,
    );
  });
});

/** The counterexample fast-check found (seed -586687116), as it reported it. */
const FOUND_DEDICATED_EXPIRING: Scenario = {
  // Its yes/no fields were the defaults: caching on, every readiness answer no.
  ...DEFAULT_SCENARIO,
  servingMode: 'dedicated',
  requestsPerDay: 10,
  monthlyGrowth: 0,
  horizonMonths: 47,
  inputTokens: 500,
  outputTokens: 1186,
  systemPromptTokens: 10,
  fewShotExamples: 0,
  fewShotTokensPerExample: 0,
  cacheHitRate: 0.01,
  cacheMinPrefixTokens: 0,
  cacheTtlMinutes: 1,
  apiInputPrice: 0.8236,
  apiCachedInputPrice: 0,
  apiCacheWritePrice: 0.01,
  apiOutputPrice: 0.271,
  apiTierThresholdTokens: 0,
  apiTierInputPrice: 0,
  apiTierOutputPrice: 0.01,
  hourlyRate: 1377.0500000000002,
  promptSetupHours: 0,
  promptMaintenanceHoursPerMonth: 9.97,
  engineeringHoursInitial: 507.11,
  engineeringHoursPerRetrain: 0,
  maintenanceHoursPerMonth: 153.42000000000002,
  trainingExamples: 115,
  trainingTokensPerExample: 10,
  epochs: 1,
  trainingRunsPerRelease: 1,
  trainingPrice: 0.01,
  labelingCostPerExample: 11.962100000000001,
  evalCostPerRelease: 244.60000000000002,
  retrainEveryMonths: 0,
  retrainNewDataFraction: 0,
  residualPromptTokens: 0,
  tokenizerRatio: 1.0564,
  fallbackRate: 0.18100000000000002,
  servingInputPrice: 0.01,
  servingOutputPrice: 0,
  servingHourlyFee: 0,
  gpuHourlyPrice: 8.575700000000001,
  gpuOutputTokensPerSecond: 32998.090000000004,
  inputTokenWeight: 0,
  targetUtilization: 0.9644,
  minGpus: 1,
  apiPriceChangePerYear: -0.6,
  servingPriceChangePerYear: 0.0079,
  apiPriceStepMonth: 0,
  apiPriceStepInputFactor: 0,
  apiPriceStepOutputFactor: 0,
  failureCost: 0,
  failureRateA: 0,
  failureRateB: 0,
};

/**
 * Between GPU steps the GPU bill is flat, so the gap's lowest points below `below` are the
 * volumes where some month is exactly full: check each (when there are not too many).
 */
function assertDearerBelow(s: Scenario, below: number, breakEven: number): void {
  const points = gpuStepVolumes(s, below, 300);
  if (points === null) return;
  for (const v of [...points, below]) {
    check(dearerOrLevel(s, v), `B no dearer at ${v}, below the break-even ${breakEven}`);
  }
}

/** Volumes ≤ limit at which some month's GPUs are exactly full; null if more than `max`. */
function gpuStepVolumes(s: Scenario, limit: number, max: number): number[] | null {
  const u = unitCosts(s);
  const capacity = s.gpuOutputTokensPerSecond * s.targetUtilization;
  const volumes: number[] = [];
  let requests = 30;
  for (let m = 1; m <= s.horizonMonths; m++) {
    if (m > 1) requests *= 1 + s.monthlyGrowth;
    const gpusPerUnit = ((requests / (30 * 86_400)) * u.gpuTokensPerRequest) / capacity;
    if (gpusPerUnit === 0) continue;
    for (let n = s.minGpus; n / gpusPerUnit <= limit; n++) {
      volumes.push(n / gpusPerUnit);
      if (volumes.length > max) return null;
    }
  }
  return volumes;
}
