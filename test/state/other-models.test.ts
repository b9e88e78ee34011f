import { describe, expect, it } from 'vitest';
import { API_MODELS } from '../../src/catalog/api-models.ts';
import { apiModelFields } from '../../src/catalog/field-sources.ts';
import { calculate } from '../../src/model/calculate.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/scenario.ts';
import { DAYS_PER_MONTH } from '../../src/model/units.ts';
import { otherModelCosts, otherModelFields, sortCosts } from '../../src/state/other-models.ts';

const START = '2026-12';

// The table's shortcut (A's prices only) must give what the calculator shows for each model once
// chosen as A: month 1's cost of one request, from calculate().
function asChosen(scenario: Scenario, id: string) {
  return calculate({ ...scenario, ...apiModelFields(id, START) });
}

describe('otherModelCosts', () => {
  const scenarios: Scenario[] = [
    DEFAULT_SCENARIO,
    { ...DEFAULT_SCENARIO, requestsPerDay: 40, promptCaching: false },
    { ...DEFAULT_SCENARIO, requestsPerDay: 2_000_000, systemPromptTokens: 250_000 },
    { ...DEFAULT_SCENARIO, fewShotExamples: 0, systemPromptTokens: 300 },
  ];

  it.each(scenarios.map((s, i) => [i, s] as const))(
    'gives each model the cost per request the calculator shows once it is A (scenario %i)',
    (_i, scenario) => {
      const costs = otherModelCosts(scenario, otherModelFields(API_MODELS, START));
      expect(costs).toHaveLength(API_MODELS.length);
      for (const row of costs) {
        const chosen = asChosen(scenario, row.model.id);
        expect(row.perRequest).toBeCloseTo(chosen.costPerRequestA, 12);
        expect(row.longContextTier).toBe(chosen.longContextTier);
        expect(row.perMonth).toBeCloseTo(
          row.perRequest * scenario.requestsPerDay * DAYS_PER_MONTH,
          6,
        );
      }
    },
  );

  it("leaves the scenario it was given as it was (each model's prices go on a copy)", () => {
    const scenario = Object.freeze({ ...DEFAULT_SCENARIO });
    const costs = otherModelCosts(scenario, otherModelFields(API_MODELS, START));
    expect(scenario).toEqual(DEFAULT_SCENARIO);
    // The last model's prices did not stay on the scenario either.
    expect(costs.at(-1)!.perRequest).toBeCloseTo(
      asChosen(scenario, costs.at(-1)!.model.id).costPerRequestA,
      12,
    );
  });

  it('sorts cheapest first, and a model priced higher never sorts above a cheaper one', () => {
    const rows = sortCosts(
      otherModelCosts(DEFAULT_SCENARIO, otherModelFields(API_MODELS, START)),
      'perRequest',
    );
    for (let i = 1; i < rows.length; i++)
      expect(rows[i]!.perRequest).toBeGreaterThanOrEqual(rows[i - 1]!.perRequest);
  });
});
