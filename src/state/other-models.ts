/**
 * "What would other models cost for this prompt?": month 1's cost of one request, and of the
 * month, for every offered API model, with this scenario's prompt, output, volume and caching —
 * each model with its own catalog prices, minimum cacheable prefix, cache lifetime, tier and
 * known price step. Loaded with the table (lazy).
 */
import type { ApiModel } from '../catalog/types.ts';
import { apiModelFields } from '../catalog/field-sources.ts';
import { apiRequestCost } from '../model/months.ts';
import type { Scenario } from '../model/scenario.ts';
import { apiPrices, staticPrefixTokensOf, type UnitCosts } from '../model/unit-costs.ts';
import { DAYS_PER_MONTH } from '../model/units.ts';

export interface ModelCost {
  readonly model: ApiModel;
  /** Month 1, dollars per request. */
  readonly perRequest: number;
  /** Month 1, dollars for the month's requests. */
  readonly perMonth: number;
  /** The prompt is billed at the model's long-context tier. */
  readonly longContextTier: boolean;
  /** The prefix is long enough for the model's cache (and caching is on). */
  readonly cacheable: boolean;
  /** The model's place among all of them by name, one each (otherModelFields). */
  readonly nameOrder: number;
  /** Its provider's place among the providers by name. */
  readonly providerOrder: number;
}

/** No precomputed factors: apiRequestCost then works out month 1's own. */
const NO_MONTHLY: UnitCosts['monthly'] = {
  fIn: new Float64Array(0),
  fOut: new Float64Array(0),
  g: new Float64Array(0),
};

/**
 * Each model's catalog values for A (they change with the start month, not with the scenario),
 * and its place by name and by provider, worked out once here for sortCosts.
 */
export function otherModelFields(models: readonly ApiModel[], startMonth: string) {
  const collator = new Intl.Collator();
  // Models of the same name keep the catalog's order, as a stable sort by name kept them.
  const byName = new Map(
    models
      .map((m, i) => ({ m, i }))
      .sort((a, b) => collator.compare(a.m.name, b.m.name) || a.i - b.i)
      .map(({ m }, place) => [m, place]),
  );
  const providers = [...new Set(models.map((m) => m.provider))].sort(collator.compare);
  const byProvider = new Map(providers.map((p, place) => [p, place]));
  return models.map((model) => ({
    model,
    fields: apiModelFields(model.id, startMonth),
    nameOrder: byName.get(model)!,
    providerOrder: byProvider.get(model.provider)!,
  }));
}

/**
 * Month 1 cost of A for each model, the scenario's own A prices replaced by the model's. Only
 * A's prices are worked out (not the whole unitCosts): this runs for every model on every change.
 */
export function otherModelCosts(
  scenario: Scenario,
  models: ReturnType<typeof otherModelFields>,
): ModelCost[] {
  const requests = scenario.requestsPerDay * DAYS_PER_MONTH;
  // The prompt's static part is the scenario's own: no model field changes it.
  const staticPrefixTokens = staticPrefixTokensOf(scenario);
  // One copy of the scenario, each model's fields written over it in turn (every model has the
  // same fields, and nothing below keeps the copy): a fresh copy of the whole scenario per model
  // was half of this function's time (1.03 against 0.46 ms a call for ~1,400 models, Node, warm).
  const s = { ...scenario };
  return models.map(({ model, fields, nameOrder, providerOrder }) => {
    Object.assign(s, fields);
    const api = apiPrices(s, staticPrefixTokens);
    const c = apiRequestCost(s, { api, staticPrefixTokens, monthly: NO_MONTHLY }, requests, 1);
    const perRequest = c.prefix + c.input + c.output;
    return {
      model,
      perRequest,
      perMonth: perRequest * requests,
      longContextTier: api.tier,
      cacheable: api.cacheable,
      nameOrder,
      providerOrder,
    };
  });
}

export type SortKey = 'name' | 'provider' | 'perRequest';

/**
 * Sorted copy: by cost (cheapest first), name or provider; ties by name.
 *
 * Without a comparison function. Each table update sorts ~1,400 rows, rarely enough that the
 * browser has not compiled a comparison function by then: 14,000 calls of it in the interpreter
 * were 3 – 5 ms at normal CPU (profiles of an unminified build), in one piece React cannot split,
 * even with names compared by their place rather than `localeCompare`. The rows are put in name
 * order by their places; then providers are buckets, and costs are sorted as numbers natively.
 */
export function sortCosts(rows: readonly ModelCost[], key: SortKey, descending = false) {
  const slots: ModelCost[] = [];
  for (const row of rows) slots[row.nameOrder] = row;
  let sorted = slots.filter((row) => row !== undefined);
  if (key === 'provider') {
    const buckets: ModelCost[][] = [];
    for (const row of sorted) (buckets[row.providerOrder] ??= []).push(row);
    sorted = buckets.flat();
  } else if (key === 'perRequest') {
    const byCost = new Map<number, ModelCost[]>();
    for (const row of sorted) {
      const same = byCost.get(row.perRequest);
      if (same) same.push(row);
      else byCost.set(row.perRequest, [row]);
    }
    sorted = [...new Float64Array(byCost.keys()).sort()].flatMap((cost) => byCost.get(cost)!);
  }
  return descending ? sorted.reverse() : sorted;
}
