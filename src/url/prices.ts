/**
 * "Prices have changed since this link was made": a link carries the prices in use, so its
 * numbers survive a catalog refresh; this compares them with today's catalog for the chosen
 * models. Fields the user set by hand are theirs, so they never count as a change.
 */
import { CATALOG_FIELD_KEYS, V2_API_FIELD_KEYS, type CatalogFieldKey } from '../catalog/fields.ts';
import { isOverride } from '../catalog/overrides.ts';
import { DEFAULT_SCENARIO, fieldByKey, type NumericKey, type Scenario } from '../model/scenario.ts';

const V2_KEYS: ReadonlySet<NumericKey> = new Set(V2_API_FIELD_KEYS);

export interface PriceChange {
  field: NumericKey;
  label: string;
  /** The value in the scenario (the link's). */
  linked: number;
  /** Today's catalog value for the same models. */
  today: number;
}

/**
 * The catalog-filled fields, not set by hand, whose value differs from today's catalog. `today`
 * is the catalog's values for the scenario's selection (catalog-values.ts's `todaysCatalog`),
 * passed in so the page can run this check without loading the catalog into its first chunk.
 */
export function priceChanges(
  scenario: Scenario,
  overrides: readonly NumericKey[],
  today: Readonly<Record<CatalogFieldKey, number>>,
): PriceChange[] {
  return CATALOG_FIELD_KEYS.filter(
    (key) =>
      !overrides.includes(key) &&
      isOverride(scenario[key], today[key]) &&
      // A v2 field at its neutral default comes from a link older than the field: not a change.
      !(V2_KEYS.has(key) && scenario[key] === DEFAULT_SCENARIO[key]),
  ).map((key) => ({
    field: key,
    label: fieldByKey(key).label,
    linked: scenario[key],
    today: today[key],
  }));
}
