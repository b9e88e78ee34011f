/**
 * Searching the API models: what the picker's search box and the "other models" table filter by.
 * Pure; the full catalog's ~1,400 models are searched on every keystroke, so it stays a plain
 * substring scan over a precomputed lower-case text per model.
 */
import type { ApiModel } from './types.ts';

/** Offered to choose: everything but retired models (an old link still opens those). */
export const isOffered = (m: ApiModel) => m.status !== 'retired';

const texts = new WeakMap<ApiModel, string>();

function searchText(m: ApiModel): string {
  let text = texts.get(m);
  if (text === undefined) {
    text = `${m.name} ${m.provider} ${m.providerId} ${m.modelRef}`.toLowerCase();
    texts.set(m, text);
  }
  return text;
}

/** Whether every word of the query appears in the model's name, provider or id. */
export function matches(m: ApiModel, query: string): boolean {
  const text = searchText(m);
  return query
    .toLowerCase()
    .split(/\s+/)
    .every((word) => text.includes(word));
}

export interface ProviderGroup {
  readonly provider: string;
  readonly models: readonly ApiModel[];
}

/**
 * The offered models matching a query, grouped by provider: the curated models' providers first
 * in their curated order, then the rest alphabetically; within a group, curated models first.
 * `limit` caps how many models are returned in all; `total` says how many matched.
 */
export function searchModels(
  curated: readonly ApiModel[],
  others: readonly ApiModel[],
  query: string,
  limit = Infinity,
): { groups: ProviderGroup[]; total: number } {
  const all = [...curated, ...others].filter((m) => isOffered(m) && matches(m, query.trim()));
  const providerOrder = [...new Set(curated.map((m) => m.provider))];
  const rank = (provider: string) => {
    const i = providerOrder.indexOf(provider);
    return i === -1 ? providerOrder.length : i;
  };
  // Curated models first, in their curated order; the rest by name.
  const curatedIndex = new Map(curated.map((m, i) => [m.id, i]));
  const order = (m: ApiModel) => curatedIndex.get(m.id) ?? curated.length;
  all.sort(
    (a, b) =>
      rank(a.provider) - rank(b.provider) ||
      a.provider.localeCompare(b.provider) ||
      order(a) - order(b) ||
      a.name.localeCompare(b.name),
  );
  const groups: ProviderGroup[] = [];
  for (const m of all.slice(0, limit)) {
    const last = groups[groups.length - 1];
    if (last && last.provider === m.provider) (last.models as ApiModel[]).push(m);
    else groups.push({ provider: m.provider, models: [m] });
  }
  return { groups, total: all.length };
}
