// Invariants that must hold for every valid scenario, checked on at least 1,000 random scenarios
// each. Checks inside the properties throw plain errors: expect() in a 60-row loop run 1,000
// times would cost more than the model itself.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { calculate, type Result } from '../../src/model/calculate.ts';
import { fieldByKey } from '../../src/model/scenario.ts';
import { validateScenario } from '../../src/model/validate.ts';
import { RUNS, fieldValue, scenarioArb } from './arbitraries.ts';

// A thousand scenarios a property take a few seconds; on a machine shared by several test runs,
// several times that. No test here is about speed.
vi.setConfig({ testTimeout: 60_000 });

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** Throws, naming the path, at the first number in `value` that is NaN or ±Infinity. */
function assertFiniteNumbers(value: unknown, path: string): void {
  if (typeof value === 'number') {
    check(Number.isFinite(value), `${path} is ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => assertFiniteNumbers(item, `${path}[${i}]`));
  } else if (typeof value === 'object' && value !== null) {
    for (const key in value) assertFiniteNumbers((value as Record<string, unknown>)[key], key);
  }
}

function assertFinite(r: Result): void {
  assertFiniteNumbers(r, 'result');
  for (const row of r.months) {
    check(row.requests >= 0 && (row.gpus ?? 0) >= 0, `negative count in month ${row.month}`);
  }
}

describe('calculate, for any valid scenario', () => {
  it('returns no NaN, Infinity or negative count anywhere', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => assertFinite(calculate(s))),
      RUNS,
    );
  });

  it('has cumulative costs that never decrease, and totals and savings that match', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = calculate(s);
        check(r.months.length === s.horizonMonths + 1, 'one row per month 0..H');
        r.months.forEach((row, m) => {
          const before = r.months[m - 1];
          check(row.month === m, `row ${m} is month ${row.month}`);
          if (before === undefined) return;
          check(row.cumulativeA >= before.cumulativeA, `cumulativeA falls in month ${m}`);
          check(row.cumulativeB >= before.cumulativeB, `cumulativeB falls in month ${m}`);
        });
        check(r.months.at(-1)?.cumulativeA === r.totalA, 'totalA is the last cumulativeA');
        check(r.months.at(-1)?.cumulativeB === r.totalB, 'totalB is the last cumulativeB');
        check(r.savings === r.totalA - r.totalB, 'savings = totalA − totalB');
      }),
      RUNS,
    );
  });

  it('reports breakEvenMonth and paybackMonths that agree with the monthly rows', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = calculate(s);
        const d = r.months.map((row) => row.cumulativeB - row.cumulativeA);
        const first = d.findIndex((gap) => gap <= 0);
        if (first < 0) {
          check(r.breakEvenMonth === null && r.paybackMonths === null, 'no crossing: nulls');
          return;
        }
        check(r.breakEvenMonth === first, `breakEvenMonth ${r.breakEvenMonth} ≠ ${first}`);
        if (first === 0) {
          check(r.paybackMonths === 0, 'crossing at month 0: payback 0');
          return;
        }
        const payback = r.paybackMonths ?? NaN;
        const before = d[first - 1] ?? NaN;
        const expected = first - 1 + before / (before - (d[first] ?? NaN));
        // ≥ rather than >: a deficit of 5e-324 before the month rounds the fraction to 0.
        check(payback >= first - 1 && payback <= first, `payback ${payback} not in month ${first}`);
        check(payback === expected, `payback ${payback} ≠ ${expected}`);
      }),
      RUNS,
    );
  });

  it('never lowers totalA when requests go up, unless the cache expires', () => {
    // With an expiring cache (spec v2) more requests also warm the cache for all the others, so
    // totalA can fall: see "a warmer cache can lower A's total" in v2-formulas.test.ts.
    const volume = fieldValue(fieldByKey('requestsPerDay'));
    fc.assert(
      fc.property(scenarioArb, volume, volume, (s, v1, v2) => {
        const [low, high] = v1 <= v2 ? [v1, v2] : [v2, v1];
        const totalA = (v: number) =>
          calculate({ ...s, cacheTtlMinutes: 0, requestsPerDay: v }).totalA;
        check(totalA(high) >= totalA(low), `totalA falls from ${low} to ${high} requests/day`);
      }),
      RUNS,
    );
  });

  it("never raises A's cost per request when requests go up and the cached price is the lower", () => {
    const volume = fieldValue(fieldByKey('requestsPerDay'));
    fc.assert(
      fc.property(scenarioArb, volume, volume, (s, v1, v2) => {
        const [low, high] = v1 <= v2 ? [v1, v2] : [v2, v1];
        const cached = Math.min(s.apiCachedInputPrice, s.apiCacheWritePrice);
        const t = { ...s, apiCachedInputPrice: cached };
        const perRequest = (v: number) => calculate({ ...t, requestsPerDay: v }).costPerRequestA;
        // h × c + (1 − h) × w rounds differently for each h: allow that, not a real rise.
        const [atLow, atHigh] = [perRequest(low), perRequest(high)];
        check(atHigh <= atLow * (1 + 1e-12), `A's price rises from ${low} to ${high}`);
      }),
      RUNS,
    );
  });

  it('never lowers totalA when an API price goes up', () => {
    const priceKey = fc.constantFrom(
      'apiInputPrice',
      'apiCachedInputPrice',
      'apiCacheWritePrice',
      'apiOutputPrice',
    );
    const price = fieldValue(fieldByKey('apiInputPrice'));
    fc.assert(
      fc.property(scenarioArb, priceKey, price, price, (s, key, p1, p2) => {
        const [low, high] = p1 <= p2 ? [p1, p2] : [p2, p1];
        // Without a long-context tier: in the tier, cache prices follow tier ÷ base input
        // price (spec v2), so a higher base price lowers them by design.
        const totalA = (p: number) =>
          calculate({ ...s, apiTierThresholdTokens: 0, [key]: p }).totalA;
        check(totalA(high) >= totalA(low), `totalA falls when ${key} rises`);
      }),
      RUNS,
    );
  });
});

describe('validateScenario', () => {
  const usable = (input: unknown) => {
    const { scenario, problems } = validateScenario(input);
    assertFinite(calculate(scenario));
    // What comes out is valid as it stands.
    check(validateScenario(scenario).problems.length === 0, 'output needs validating again');
    return problems;
  };

  it('never throws on arbitrary JSON and returns a scenario calculate accepts', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (input) => {
        usable(input);
      }),
      RUNS,
    );
  });

  it('never throws on anything at all', () => {
    const anything = fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true });
    fc.assert(
      fc.property(anything, (input) => {
        usable(input);
      }),
      RUNS,
    );
  });

  it('replaces only the spoiled fields of a scenario, and names each', () => {
    const spoilable = ['requestsPerDay', 'horizonMonths', 'promptCaching', 'servingMode', 'epochs'];
    const spoiled = fc.record({
      scenario: scenarioArb,
      spoil: fc.dictionary(
        fc.constantFrom(...spoilable),
        fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constantFrom(NaN, Infinity, -1, 1e308, 2.5)),
      ),
    });
    fc.assert(
      fc.property(spoiled, ({ scenario, spoil }) => {
        for (const problem of usable({ ...scenario, ...spoil })) {
          check(problem.field in spoil, `${problem.field} reported but not spoiled`);
        }
      }),
      RUNS,
    );
  });

  it('accepts every valid scenario unchanged', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(validateScenario(s)).toEqual({ scenario: s, problems: [] });
      }),
      RUNS,
    );
  });
});
