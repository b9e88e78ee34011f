// Invariants that must hold for every valid scenario, checked on at least 1,000 random scenarios
// each. Checks inside the properties throw plain errors: expect() in a 60-row loop run 1,000
// times would cost more than the model itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, type Result } from '../../src/model/calculate';
import { runMonths } from '../../src/model/months';
import { fieldByKey, type Scenario } from '../../src/model/scenario';
import { unitCosts } from '../../src/model/unitCosts';
import { validateScenario } from '../../src/model/validate';
import { RUNS, dedicatedArb, fieldValue, scenarioArb, serverlessArb } from './arbitraries';

const MAX_VOLUME = 100_000_000;

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

/** totalB − totalA at month-1 volume v, computed as calculate computes it. */
const gapAt = (s: Scenario, v: number) => {
  const totals = runMonths(s, unitCosts(s), v);
  return totals.totalB - totals.totalA;
};

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

  it('never lowers totalA when requests go up', () => {
    const volume = fieldValue(fieldByKey('requestsPerDay'));
    fc.assert(
      fc.property(scenarioArb, volume, volume, (s, v1, v2) => {
        const [low, high] = v1 <= v2 ? [v1, v2] : [v2, v1];
        const totalA = (v: number) => calculate({ ...s, requestsPerDay: v }).totalA;
        check(totalA(high) >= totalA(low), `totalA falls from ${low} to ${high} requests/day`);
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

describe('breakEvenRequestsPerDay', () => {
  it('serverless: fine-tuning is no dearer at it and dearer at 0.99× of it', () => {
    fc.assert(
      fc.property(serverlessArb, (s) => {
        const breakEven = calculate(s).breakEvenRequestsPerDay;
        if (breakEven === null) return;
        check(breakEven >= 0 && breakEven <= MAX_VOLUME, `${breakEven} outside 0..100M`);
        check(gapAt(s, breakEven) <= 0, `B dearer at the break-even ${breakEven}`);
        if (breakEven > 0) check(gapAt(s, 0.99 * breakEven) > 0, `B no dearer below ${breakEven}`);
      }),
      RUNS,
    );
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

  it('dedicated: fine-tuning is no dearer at it, and dearer everywhere below 1/1.005 of it', () => {
    fc.assert(
      fc.property(dedicatedArb, (s) => {
        const breakEven = calculate(s).breakEvenRequestsPerDay;
        if (breakEven === null) return;
        check(gapAt(s, breakEven) <= 0, `B dearer at the break-even ${breakEven}`);
        if (breakEven === 0) return;
        const below = breakEven / 1.005;
        // Between GPU steps the gap only falls, so its lowest points below `below` are the
        // volumes where some month is exactly full: check each (when there are not too many).
        const points = gpuStepVolumes(s, below, 300);
        if (points === null) return;
        for (const v of [...points, below]) {
          check(gapAt(s, v) > 0, `B no dearer at ${v}, below the break-even ${breakEven}`);
        }
      }),
      RUNS,
    );
  });
});

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
