import { describe, expect, it } from 'vitest';
import { API_MODELS, registerApiModels } from '../../src/catalog/api-models.ts';
import { expandCatalog } from '../../src/catalog/full-catalog.ts';
import fullFile from '../../src/catalog/generated/api-catalog.json';
import { isOffered } from '../../src/catalog/model-search.ts';
import { apiModelFields } from '../../src/catalog/field-sources.ts';
import { calculate } from '../../src/model/calculate.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/scenario.ts';
import { DAYS_PER_MONTH } from '../../src/model/units.ts';
import {
  otherModelCosts,
  otherModelFields,
  sortCosts,
  type ModelCost,
  type SortKey,
} from '../../src/state/other-models.ts';

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

  it('sorts by name, or by provider and then name, as the reader’s language orders them', () => {
    const costs = otherModelCosts(DEFAULT_SCENARIO, otherModelFields(API_MODELS, START));
    const names = sortCosts(costs, 'name').map((c) => c.model.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const byProvider = sortCosts(costs, 'provider');
    for (let i = 1; i < byProvider.length; i++) {
      const [a, b] = [byProvider[i - 1]!.model, byProvider[i]!.model];
      const order = a.provider.localeCompare(b.provider) || a.name.localeCompare(b.name);
      expect(order, `${a.provider} ${a.name} before ${b.provider} ${b.name}`).toBeLessThanOrEqual(
        0,
      );
    }
    // Descending is the same list the other way round.
    expect(sortCosts(costs, 'provider', true)).toEqual([...byProvider].reverse());
  });

  it('breaks a tie in cost by name', () => {
    const costs = otherModelCosts(DEFAULT_SCENARIO, otherModelFields(API_MODELS, START));
    const tied = costs.map((c) => ({ ...c, perRequest: 1 }));
    expect(sortCosts(tied, 'perRequest').map((c) => c.model.name)).toEqual(
      sortCosts(costs, 'name').map((c) => c.model.name),
    );
  });

  it('orders the whole catalog as a sort with compared names would, for every key and way', () => {
    const others = expandCatalog(fullFile as Parameters<typeof expandCatalog>[0]);
    registerApiModels(others);
    const fields = otherModelFields([...API_MODELS, ...others].filter(isOffered), START);
    const byName = (a: ModelCost, b: ModelCost) => a.model.name.localeCompare(b.model.name);
    const reference: Record<SortKey, (a: ModelCost, b: ModelCost) => number> = {
      name: byName,
      provider: (a, b) => a.model.provider.localeCompare(b.model.provider) || byName(a, b),
      perRequest: (a, b) => a.perRequest - b.perRequest || byName(a, b),
    };
    // Caching on at a low volume: costs tie and differ in many ways.
    for (const scenario of [DEFAULT_SCENARIO, { ...DEFAULT_SCENARIO, requestsPerDay: 40 }]) {
      const costs = otherModelCosts(scenario, fields);
      expect(costs.length).toBeGreaterThan(1000);
      for (const key of ['name', 'provider', 'perRequest'] as const) {
        const expected = [...costs].sort(reference[key]).map((c) => c.model.id);
        const ascending = sortCosts(costs, key).map((c) => c.model.id);
        expect(ascending, key).toEqual(expected);
        expect(sortCosts(costs, key, true).map((c) => c.model.id)).toEqual(ascending.reverse());
      }
    }
  });
});
