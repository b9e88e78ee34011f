import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/model/calculate.ts';
import { uniform } from '../../src/model/prng.ts';
import {
  drawScenario,
  drawsFor,
  RANGED_KEYS,
  type RangedKey,
  type Ranges,
} from '../../src/model/risk-draws.ts';
import { DEFAULT_SCENARIO, fieldByKey, type Scenario } from '../../src/model/scenario.ts';
import { sensitivity } from '../../src/model/sensitivity.ts';
import { simulate } from '../../src/model/simulate.ts';
import { scenarioArb } from './arbitraries.ts';

/** A scenario where fine-tuning clearly pays and every ranged input matters. */
const PAYS: Scenario = {
  ...DEFAULT_SCENARIO,
  requestsPerDay: 50_000,
  monthlyGrowth: 0.02,
  fallbackRate: 0.1,
  // Wrong answers cost something and both sides fail equally often, so failureRateB matters.
  failureCost: 0.05,
  failureRateA: 0.05,
  failureRateB: 0.05,
  apiPriceChangePerYear: -0.1,
};

/** savings with one input changed. */
const savingsWith = (key: RangedKey, value: number) => {
  const changed = { ...PAYS };
  changed[key] = value;
  return calculate(changed).savings;
};

const pointRanges = (s: Scenario): Ranges =>
  Object.fromEntries(RANGED_KEYS.map((key) => [key, { low: s[key], high: s[key] }]));

describe('simulate: determinism', () => {
  const ranges: Ranges = {
    requestsPerDay: { low: 10_000, high: 200_000 },
    engineeringHoursInitial: { low: 100, high: 400 },
  };

  it('gives identical results for the same scenario, ranges, seed and sample count', () => {
    expect(simulate(PAYS, ranges, { seed: 7, samples: 500 })).toEqual(
      simulate(PAYS, ranges, { seed: 7, samples: 500 }),
    );
  });

  it('draws different futures from a different seed', () => {
    const a = simulate(PAYS, ranges, { seed: 7, samples: 500 });
    const b = simulate(PAYS, ranges, { seed: 8, samples: 500 });
    expect(b.savingsP50).not.toBe(a.savingsP50);
    expect(b.cumulativeSavingsBands).not.toEqual(a.cumulativeSavingsBands);
  });

  it('is calculate on the futures the documented draw order gives', () => {
    // One generator; each sample takes one number per ranged input in RANGED_KEYS order.
    const next = uniform(3);
    const draws = drawsFor(PAYS, ranges);
    const savings = Array.from(
      { length: 9 },
      () => calculate(drawScenario(PAYS, draws, next)).savings,
    );
    savings.sort((x, y) => x - y);
    const sim = simulate(PAYS, ranges, { seed: 3, samples: 9 });
    // Nearest rank of 9: P10 → 1st, P50 → 5th, P90 → 9th.
    expect([sim.savingsP10, sim.savingsP50, sim.savingsP90]).toEqual([
      savings[0],
      savings[4],
      savings[8],
    ]);
  });

  it('uses 2,000 samples and seed 1 unless told otherwise', () => {
    const sim = simulate(PAYS, {});
    expect([sim.samples, sim.seed]).toEqual([2_000, 1]);
  });
});

describe('simulate: ranges that are points', () => {
  it('reproduces calculate exactly, in every sample', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = calculate(s);
        const sim = simulate(s, pointRanges(s), { samples: 20, seed: 5 });
        expect(sim.probabilityCheaper).toBe(r.savings > 0 ? 1 : 0);
        expect([sim.savingsP10, sim.savingsP50, sim.savingsP90]).toEqual([
          r.savings,
          r.savings,
          r.savings,
        ]);
        expect(sim.probabilityBreakEven).toBe(r.breakEvenMonth === null ? 0 : 1);
        expect(sim.breakEvenMonthP50).toBe(r.breakEvenMonth);
        expect(sim.cumulativeSavingsBands).toEqual(
          r.months.map((row) => {
            const gap = row.cumulativeA - row.cumulativeB;
            return { month: row.month, p10: gap, p50: gap, p90: gap };
          }),
        );
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('treats no ranges at all the same way', () => {
    const sim = simulate(PAYS, {}, { samples: 50 });
    expect(sim.savingsP10).toBe(calculate(PAYS).savings);
    expect(sim.savingsP90).toBe(calculate(PAYS).savings);
  });
});

describe('simulate: statistics', () => {
  const base = calculate(PAYS).savings;

  it('moves the percentiles the way each input’s sensitivity says it moves the savings', () => {
    const rows = sensitivity(PAYS);
    for (const key of RANGED_KEYS) {
      const { min, max } = fieldByKey(key);
      const value = PAYS[key];
      const step = Math.abs(value);
      // The tornado's ×0.5 and ×2 where it lists the input; a plain step up otherwise.
      const row = rows.find((r) => r.key === key);
      const upward = row
        ? (row.highSavings - row.lowSavings) * Math.sign(row.high - row.low) > 0
        : savingsWith(key, value + step / 2) > savingsWith(key, value);
      // A range on one side of the value only: every future has the input at or beyond it.
      const higher = simulate(PAYS, { [key]: { low: value, high: Math.min(max, value + step) } });
      const lower = simulate(PAYS, {
        [key]: { low: Math.max(min, value - step / 2), high: value },
      });
      expect(higher.savingsP50 > base, `${key} raised`).toBe(upward);
      expect(lower.savingsP50 < base, `${key} lowered`).toBe(upward);
      expect(higher.savingsP90 >= higher.savingsP10).toBe(true);
    }
  });

  it('puts P50 within 1 % of the point estimate for a symmetric range on a linear input', () => {
    // Savings fall by exactly the hourly rate for each engineering hour.
    const hours = simulate(PAYS, { engineeringHoursInitial: { low: 40, high: 280 } });
    expect(Math.abs(hours.savingsP50 - base)).toBeLessThan(0.01 * Math.abs(base));
    // The fallback share moves serverless savings in a straight line too.
    const fallback = simulate(PAYS, { fallbackRate: { low: 0, high: 0.2 } });
    expect(Math.abs(fallback.savingsP50 - base)).toBeLessThan(0.01 * Math.abs(base));
  });

  it('keeps the median volume at the value for a range symmetric in ratio (÷2 … ×2)', () => {
    const flat = { ...PAYS, monthlyGrowth: 0 };
    const sim = simulate(flat, { requestsPerDay: { low: 25_000, high: 100_000 } });
    const point = calculate(flat).savings;
    expect(Math.abs(sim.savingsP50 - point)).toBeLessThan(0.01 * Math.abs(point));
    // Not a coin toss: P10 and P90 sit well either side.
    expect(sim.savingsP10).toBeLessThan(point * 0.8);
    expect(sim.savingsP90).toBeGreaterThan(point * 1.2);
  });

  it('splits the futures near half and half when the point estimate is at break-even', () => {
    const breakEven = calculate({ ...DEFAULT_SCENARIO }).breakEvenRequestsPerDay;
    if (breakEven === null) throw new Error('the default scenario has a break-even volume');
    const atBreakEven = { ...DEFAULT_SCENARIO, requestsPerDay: breakEven };
    const sim = simulate(atBreakEven, {
      requestsPerDay: { low: breakEven / 2, high: breakEven * 2 },
    });
    // 2,000 samples: the share's standard deviation is about 1.1 %.
    expect(sim.probabilityCheaper).toBeGreaterThan(0.45);
    expect(sim.probabilityCheaper).toBeLessThan(0.55);
  });
});

describe('simulate: properties on any valid scenario and any ranges', () => {
  const rangesArb = (s: Scenario) =>
    fc
      .subarray([...RANGED_KEYS])
      .chain((keys) =>
        fc.tuple(
          ...keys.map((key) => {
            const { min, max } = fieldByKey(key);
            return fc.tuple(
              fc.constant(key),
              fc.double({ min, max: s[key], noNaN: true }),
              fc.double({ min: s[key], max, noNaN: true }),
            );
          }),
        ),
      )
      .map((entries) =>
        Object.fromEntries(entries.map(([key, low, high]) => [key, { low, high }])),
      ) as fc.Arbitrary<Ranges>;

  it('gives probabilities in [0, 1], ordered percentiles in every month, and no NaN', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) => fc.tuple(fc.constant(s), rangesArb(s), fc.integer())),
        ([s, ranges, seed]) => {
          const sim = simulate(s, ranges, { samples: 40, seed });
          for (const p of [sim.probabilityCheaper, sim.probabilityBreakEven]) {
            expect(p >= 0 && p <= 1).toBe(true);
          }
          expect(sim.savingsP10 <= sim.savingsP50 && sim.savingsP50 <= sim.savingsP90).toBe(true);
          expect(sim.cumulativeSavingsBands).toHaveLength(s.horizonMonths + 1);
          for (const band of sim.cumulativeSavingsBands) {
            expect(band.p10 <= band.p50 && band.p50 <= band.p90, `month ${band.month}`).toBe(true);
            expect([band.p10, band.p50, band.p90].every(Number.isFinite)).toBe(true);
          }
          expect([sim.savingsP10, sim.savingsP50, sim.savingsP90].every(Number.isFinite)).toBe(
            true,
          );
          const median = sim.breakEvenMonthP50;
          expect(median === null ? sim.probabilityBreakEven === 0 : median >= 0).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
