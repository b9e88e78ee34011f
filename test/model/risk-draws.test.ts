import { describe, expect, it } from 'vitest';
import {
  drawsFor,
  drawValue,
  nearestRank,
  triangular,
  type Draw,
} from '../../src/model/risk-draws.ts';
import { DEFAULT_SCENARIO } from '../../src/model/scenario.ts';
import { uniform } from '../../src/model/prng.ts';

/** The triangular distribution's CDF, written from its textbook definition. */
function cdf(x: number, a: number, c: number, b: number): number {
  if (x <= a) return 0;
  if (x >= b) return 1;
  return x <= c ? (x - a) ** 2 / ((b - a) * (c - a)) : 1 - (b - x) ** 2 / ((b - a) * (b - c));
}

describe('triangular', () => {
  it('inverts the CDF on both sides of the mode', () => {
    for (const [a, c, b] of [
      [0, 2, 10],
      [-5, 5, 6],
      [100, 100, 300],
      [100, 300, 300],
    ] as const) {
      for (let x = a + 0.25; x < b; x += (b - a) / 7) {
        expect(triangular(cdf(x, a, c, b), a, c, b)).toBeCloseTo(x, 9);
      }
    }
  });

  it('gives the ends at u = 0 and u → 1, and the mode for a point range', () => {
    expect(triangular(0, 2, 5, 9)).toBe(2);
    expect(triangular(1 - 2 ** -32, 2, 5, 9)).toBeCloseTo(9, 3);
    expect(triangular(0.3, 4, 4, 4)).toBe(4);
  });

  it('has the mean (low + mode + high) / 3 when sampled', () => {
    const next = uniform(11);
    let sum = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) sum += triangular(next(), 0, 1, 7);
    // Standard deviation of the mean: √((0 + 1 + 49 − 0 − 0 − 7) / 18 / n) ≈ 0.005.
    expect(sum / n).toBeCloseTo(8 / 3, 1);
  });
});

describe('drawsFor', () => {
  const s = { ...DEFAULT_SCENARIO, requestsPerDay: 1_000, fallbackRate: 0.1 };

  it('draws ranged inputs in the spec’s order, whatever order the ranges come in', () => {
    const draws = drawsFor(s, {
      engineeringHoursInitial: { low: 100, high: 300 },
      requestsPerDay: { low: 500, high: 2_000 },
      fallbackRate: { low: 0, high: 0.2 },
    });
    expect(draws.map((d) => d.key)).toEqual([
      'requestsPerDay',
      'fallbackRate',
      'engineeringHoursInitial',
    ]);
    expect(draws[0]).toMatchObject({ low: 500, mode: 1_000, high: 2_000, log: true });
  });

  it('repairs ranges that miss the value or leave the valid range', () => {
    const [fallback, hours] = drawsFor(s, {
      fallbackRate: { low: 0.5, high: 3 },
      engineeringHoursInitial: { low: Number.NaN, high: -10 },
    });
    expect(fallback).toMatchObject({ low: 0.1, mode: 0.1, high: 1 });
    expect(hours).toMatchObject({ low: 160, mode: 160, high: 160 });
  });

  it('draws volume on a linear scale when its low end is 0', () => {
    const [volume] = drawsFor(s, { requestsPerDay: { low: 0, high: 2_000 } });
    expect(volume?.log).toBe(false);
  });
});

describe('drawValue', () => {
  const volume: Draw = {
    key: 'requestsPerDay',
    low: 1_000,
    mode: 10_000,
    high: 100_000,
    log: true,
    whole: false,
  };

  it('spreads volume by ratio: half the draws above and half below the value', () => {
    expect(drawValue(volume, 0.5)).toBeCloseTo(10_000, 6);
    // In log space the range is symmetric, so u = 1/8 lies at a quarter of the way up: 10^3.5.
    expect(drawValue(volume, 0.125)).toBeCloseTo(10 ** 3.5, 6);
  });

  it('rounds counts to whole numbers inside the range', () => {
    const runs: Draw = {
      key: 'trainingRunsPerRelease',
      low: 1,
      mode: 3,
      high: 10,
      log: false,
      whole: true,
    };
    const next = uniform(5);
    for (let i = 0; i < 1_000; i++) {
      const value = drawValue(runs, next());
      expect(Number.isInteger(value) && value >= 1 && value <= 10).toBe(true);
    }
  });
});

describe('nearestRank', () => {
  it('matches the textbook example (15, 20, 35, 40, 50)', () => {
    // Wikipedia, "Percentile", nearest-rank method: 30th → 20, 40th → 20, 50th → 35, 100th → 50.
    const sorted = [15, 20, 35, 40, 50];
    expect([30, 40, 50, 100].map((p) => nearestRank(sorted, p))).toEqual([20, 20, 35, 50]);
  });

  it('takes the value at rank ⌈p × n⌉ with no floating-point drift', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(nearestRank(thirty, 10)).toBe(3);
    expect(nearestRank(thirty, 90)).toBe(27);
    const twoThousand = Array.from({ length: 2_000 }, (_, i) => i + 1);
    expect([10, 50, 90].map((p) => nearestRank(twoThousand, p))).toEqual([200, 1_000, 1_800]);
    expect(nearestRank([42], 10)).toBe(42);
  });
});
