// Version-2 invariants, each on at least 1,000 random valid scenarios (spec "Version 2").
import fc from 'fast-check';
import { describe, it, vi } from 'vitest';
import { calculate } from '../../src/model/calculate.ts';
import { DEFAULT_SCENARIO, fieldByKey, type Scenario } from '../../src/model/scenario.ts';
import { RUNS, dedicatedArb, fieldValue, scenarioArb, serverlessArb } from './arbitraries.ts';
import { v1Calculate } from './v1-oracle.ts';

// No test here is about speed; on a machine shared by several test runs they take a while.
vi.setConfig({ testTimeout: 60_000 });

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** |a − b| within `relative` of the larger magnitude (plus a hair for sums that cancel to 0). */
function near(a: number, b: number, relative: number, scale = 0): boolean {
  return Math.abs(a - b) <= relative * Math.max(Math.abs(a), Math.abs(b), scale) + 1e-300;
}

/** Every version-2 input at its neutral default: what a version-1 scenario is. */
const V2_NEUTRAL: Partial<Scenario> = {
  cacheMinPrefixTokens: 0,
  cacheTtlMinutes: 0,
  apiTierThresholdTokens: 0,
  apiTierInputPrice: 0,
  apiTierOutputPrice: 0,
  apiPriceChangePerYear: 0,
  servingPriceChangePerYear: 0,
  apiPriceStepMonth: 0,
  apiPriceStepInputFactor: 1,
  apiPriceStepOutputFactor: 1,
  failureCost: 0,
  failureRateA: 0,
  failureRateB: 0,
};

describe('version 2, for any valid scenario', () => {
  it('has neutral defaults for every v2 input', () => {
    for (const [key, value] of Object.entries(V2_NEUTRAL)) {
      check(DEFAULT_SCENARIO[key as keyof Scenario] === value, `${key} default is not neutral`);
    }
  });

  it('gives a version-1 scenario its version-1 result', () => {
    const v1Arb = fc.oneof(serverlessArb, dedicatedArb).map((s) => ({ ...s, ...V2_NEUTRAL }));
    fc.assert(
      fc.property(v1Arb, (s) => {
        const r = calculate(s);
        const v1 = v1Calculate(s);
        const scale = Math.max(Math.abs(v1.totalA), Math.abs(v1.totalB));
        const same = (a: number | null, b: number, what: string, at = 0) =>
          check(a !== null && near(a, b, 1e-12, at), `${what}: ${a} ≠ v1 ${b}`);
        same(r.costPerRequestA, v1.costPerRequestA, 'costPerRequestA');
        if (s.servingMode === 'serverless') {
          same(r.costPerRequestB, v1.costPerRequestB, 'costPerRequestB');
        }
        same(r.oneTimeB, v1.oneTimeB, 'oneTimeB');
        same(r.retrainCost, v1.retrainCost, 'retrainCost');
        same(r.totalA, v1.totalA, 'totalA', scale);
        same(r.investment, v1.investment, 'investment', scale);
        // GPU counts agree except where the load is within float noise of a whole GPU (the
        // volume compounds by multiplication here, by a power in the oracle): there a month may
        // rent one GPU more or less, and B's cost that month differs by exactly that GPU's month.
        const gpuMonth = s.gpuHourlyPrice * 720;
        let slack = 0;
        v1.months.forEach((row, i) => {
          const got = r.months[i + 1];
          check(got !== undefined, `month ${i + 1} missing`);
          same(got?.costA ?? null, row.costA, `costA(${i + 1})`, scale);
          const off = row.gpus === null ? 0 : Math.abs((got?.gpus ?? 0) - row.gpus);
          check(off <= Math.max(1, (row.gpus ?? 0) * 1e-12), `gpus(${i + 1}) far from v1`);
          const costB = got?.costB ?? NaN;
          check(
            Math.abs(costB - row.costB) <= off * gpuMonth * (1 + 1e-9) + 1e-12 * scale,
            `costB(${i + 1}): ${costB} ≠ v1 ${row.costB}`,
          );
          slack += off * gpuMonth;
        });
        check(
          Math.abs(r.totalB - v1.totalB) <= slack * (1 + 1e-9) + 1e-12 * scale,
          `totalB: ${r.totalB} ≠ v1 ${v1.totalB}`,
        );
      }),
      RUNS,
    );
  });

  it('splits the saving into parts that add up to it', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = calculate(s);
        const { modelSwitch, fineTuning } = r.savingsParts;
        const scale = Math.max(Math.abs(r.totalA), Math.abs(r.totalB), Math.abs(r.totalC));
        check(near(modelSwitch + fineTuning, r.savings, 1e-12, scale), 'parts ≠ savings');
        check(modelSwitch === r.totalA - r.totalC, 'modelSwitch = totalA − totalC');
        check(fineTuning === r.totalC - r.totalB, 'fineTuning = totalC − totalB');
      }),
      RUNS,
    );
  });

  it('has an effective hit rate that rises with volume and never exceeds cacheHitRate', () => {
    const volume = fieldValue(fieldByKey('requestsPerDay'));
    fc.assert(
      fc.property(scenarioArb, volume, volume, (s, v1, v2) => {
        const [low, high] = v1 <= v2 ? [v1, v2] : [v2, v1];
        const hit = (v: number) => calculate({ ...s, requestsPerDay: v }).effectiveCacheHitRate;
        check(hit(low) <= hit(high), `effective hit rate falls from ${low} to ${high}`);
        check(hit(high) <= s.cacheHitRate && hit(low) >= 0, 'effective hit rate out of 0..ceiling');
      }),
      RUNS,
    );
  });

  it('has a break-even failure rate of B that, plugged in, makes the totals equal', () => {
    const withFailures = fc
      .tuple(scenarioArb, fc.double({ min: 0.01, max: 1000, noNaN: true }))
      .map(([s, failureCost]) => ({ ...s, failureCost }));
    fc.assert(
      fc.property(withFailures, (s) => {
        const x = calculate(s).breakEvenFailureRateB;
        if (x === null || x >= 1) return; // none, or capped at 100 %
        check(x >= 0, `negative rate ${x}`);
        const r = calculate({ ...s, failureRateB: x });
        // x = failureRateB + savings / (failureCost × N) keeps failureRateB's precision, so what
        // B's failures cost (failureCost × N × failureRateB) sets the scale alongside the totals.
        const N = r.months.reduce((sum, row) => sum + row.requests, 0);
        const scale = s.failureCost * N * s.failureRateB;
        check(near(r.totalA, r.totalB, 1e-9, scale), `totals ${r.totalA} ≠ ${r.totalB} at ${x}`);
      }),
      RUNS,
    );
  });
});
