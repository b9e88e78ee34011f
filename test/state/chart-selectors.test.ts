import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/scenario.ts';
import { sensitivity } from '../../src/model/sensitivity.ts';
import { selectSensitivity, selectSensitivityFirstHalf } from '../../src/state/chart-selectors.ts';

const scenarios: Record<string, Scenario> = {
  default: DEFAULT_SCENARIO,
  'caching off, dedicated serving': {
    ...DEFAULT_SCENARIO,
    promptCaching: false,
    servingMode: 'dedicated',
  },
  'every optional input in play': {
    ...DEFAULT_SCENARIO,
    promptCaching: true,
    cacheTtlMinutes: 5,
    apiPriceChangePerYear: -0.3,
    servingPriceChangePerYear: -0.2,
    failureCost: 2,
  },
};

describe('the charts’ sensitivity, worked out in two halves', () => {
  it.each(Object.entries(scenarios))(
    '%s: the same rows, in the same order, as sensitivity()',
    (_, s) => {
      const rows = selectSensitivity(s);
      expect(rows).toEqual(sensitivity(s));
      // The first half is a real part of it: the rows of the first inputs, not all of them.
      const first = selectSensitivityFirstHalf(s);
      expect(first.length).toBeGreaterThan(0);
      expect(first.length).toBeLessThan(rows.length);
    },
  );

  it('is worked out once per scenario: a second reader gets the same rows', () => {
    const s = { ...DEFAULT_SCENARIO, requestsPerDay: 12_345 };
    expect(selectSensitivity(s)).toBe(selectSensitivity(s));
  });
});
