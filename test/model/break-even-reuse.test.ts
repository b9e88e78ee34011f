// calculate reuses the last break-even volume while only the volume changes (calculate.ts says
// why). What a reader relies on: whatever the order of the scenarios it is asked about, the
// figure is the one a fresh search gives — a move of the volume slider keeps it, any other change
// (a price, the horizon, the serving mode) searches again.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { breakEvenRequestsPerDay } from '../../src/model/break-even.ts';
import { calculate } from '../../src/model/calculate.ts';
import { NUMERIC_FIELDS, type Scenario } from '../../src/model/scenario.ts';
import { unitCosts } from '../../src/model/unit-costs.ts';
import { expiringArb, fieldValue, scenarioArb } from './arbitraries.ts';

vi.setConfig({ testTimeout: 60_000 });

const fresh = (s: Scenario) => breakEvenRequestsPerDay(s, unitCosts(s));

/** A run of scenarios as a session makes them: volume moves, with other edits among them. */
const sessionArb = fc
  .tuple(
    fc.oneof(scenarioArb, expiringArb),
    fc.array(
      fc.oneof(
        fc.record({ volume: fieldValue(NUMERIC_FIELDS.find((f) => f.key === 'requestsPerDay')!) }),
        fc
          .constantFrom(...NUMERIC_FIELDS)
          .chain((field) => fc.record({ key: fc.constant(field.key), value: fieldValue(field) })),
      ),
      { minLength: 1, maxLength: 6 },
    ),
  )
  .map(([start, edits]) => {
    const steps = [start];
    for (const edit of edits) {
      const last = steps[steps.length - 1]!;
      steps.push(
        'volume' in edit
          ? { ...last, requestsPerDay: edit.volume }
          : ({ ...last, [edit.key]: edit.value } as Scenario),
      );
    }
    return steps;
  });

describe('the break-even volume across a run of edits', () => {
  it('is what a fresh search gives after every edit (300 random sessions)', () => {
    fc.assert(
      fc.property(sessionArb, (steps) => {
        for (const s of steps) expect(calculate(s).breakEvenRequestsPerDay).toBe(fresh(s));
      }),
      { numRuns: 300 },
    );
  });

  it('follows a price change made after a volume move', () => {
    fc.assert(
      fc.property(expiringArb, (s) => {
        calculate(s);
        calculate({ ...s, requestsPerDay: s.requestsPerDay * 2 + 1 });
        const dearer = { ...s, apiInputPrice: s.apiInputPrice * 3 + 1 };
        expect(calculate(dearer).breakEvenRequestsPerDay).toBe(fresh(dearer));
      }),
      { numRuns: 200 },
    );
  });

  it('is not fooled by a caller that changes its own scenario object afterwards', () => {
    let checked = 0;
    fc.assert(
      fc.property(expiringArb, (s) => {
        const mine = { ...s };
        const before = calculate(mine).breakEvenRequestsPerDay;
        mine.apiInputPrice = mine.apiInputPrice * 10 + 1;
        fc.pre(fresh(mine) !== before);
        checked++;
        expect(calculate(mine).breakEvenRequestsPerDay).toBe(fresh(mine));
      }),
      { numRuns: 100 },
    );
    expect(checked).toBeGreaterThan(20);
  });
});
