import { describe, expect, it } from 'vitest';
import { RANGED_KEYS } from '../../src/model/risk-draws.ts';
import { defaultRange, effectiveRanges, rangeFor } from '../../src/model/risk-ranges.ts';
import { DEFAULT_SCENARIO, fieldByKey } from '../../src/model/scenario.ts';

const s = DEFAULT_SCENARIO;

describe('default ranges', () => {
  it('gives every uncertain input a range around its value, inside its valid range', () => {
    for (const key of RANGED_KEYS) {
      const { min, max } = fieldByKey(key);
      for (const value of [min, s[key], max]) {
        const { low, high } = defaultRange(key, value);
        expect(low <= value && value <= high, key).toBe(true);
        expect(low >= min && high <= max, key).toBe(true);
      }
    }
  });

  it('are the documented ones for the default scenario', () => {
    // docs/model.md, "How sure is this?": volume ÷2…×2, growth −2…+3 points, prompt ÷2…×2,
    // fallback −2…+10 points, B's failures −2…+5 points, runs ÷2…×3, build effort ×0.75…×2,
    // API price trend −30…+10 points a year.
    expect(effectiveRanges(s, {})).toEqual({
      requestsPerDay: { low: 5_000, high: 20_000 },
      monthlyGrowth: { low: -0.02, high: 0.03 },
      residualPromptTokens: { low: 75, high: 300 },
      fallbackRate: { low: 0, high: 0.1 },
      failureRateB: { low: 0, high: 0.05 },
      trainingRunsPerRelease: { low: 2, high: 9 },
      engineeringHoursInitial: { low: 120, high: 320 },
      apiPriceChangePerYear: { low: -0.3, high: 0.1 },
    });
  });
});

describe('the user’s ranges', () => {
  it('replace the default, and a cleared range makes the input certain', () => {
    const ranges = effectiveRanges(s, {
      requestsPerDay: { low: 8_000, high: 9_000_000 },
      monthlyGrowth: null,
    });
    expect(ranges.requestsPerDay).toEqual({ low: 8_000, high: 9_000_000 });
    expect('monthlyGrowth' in ranges).toBe(false);
  });

  it('stretch to reach a value the slider has moved outside them', () => {
    const moved = { ...s, requestsPerDay: 50_000 };
    expect(
      rangeFor('requestsPerDay', moved, { requestsPerDay: { low: 8_000, high: 20_000 } }),
    ).toEqual({ low: 8_000, high: 50_000 });
  });

  it('are kept inside the valid range', () => {
    expect(rangeFor('fallbackRate', s, { fallbackRate: { low: -1, high: 7 } })).toEqual({
      low: 0,
      high: 1,
    });
  });
});
