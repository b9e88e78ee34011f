/**
 * Which catalog-filled fields are the user's own, and what an edit, a model choice or a reset
 * does to them. Pure functions over values: the caller passes the catalog's values for the
 * chosen models, so this module carries no catalog data and can sit in the first load with the
 * store (state/store.ts), which keeps the list of overrides and calls these on every action.
 */
import type { NumericKey } from '../model/scenario.ts';

/** The catalog's value for each field it fills (empty while the catalog has not loaded). */
export type CatalogValues = Partial<Readonly<Record<NumericKey, number>>>;

/**
 * Whether a scenario value is the user's own rather than the catalog's. Relative tolerance,
 * so a value that went through decimal text (a URL) and back still counts as the catalog's.
 */
export function isOverride(scenarioValue: number, catalogValue: number): boolean {
  const scale = Math.max(1, Math.abs(scenarioValue), Math.abs(catalogValue));
  return Math.abs(scenarioValue - catalogValue) > 1e-9 * scale;
}

/**
 * The overrides after the user sets `key` to `value`: a catalog field joins the list (once, at
 * its end) when the value differs from the catalog's and leaves it when it is the catalog's
 * again; a field the catalog does not fill never counts.
 */
export function overridesAfterEdit(
  overrides: readonly NumericKey[],
  key: NumericKey,
  value: number,
  catalog: CatalogValues,
): readonly NumericKey[] {
  const fromCatalog = catalog[key];
  if (fromCatalog === undefined) return overrides;
  if (!isOverride(value, fromCatalog)) return overrides.filter((k) => k !== key);
  return overrides.includes(key) ? overrides : [...overrides, key];
}

/**
 * The scenario after choosing other models: every field the catalog fills takes the new
 * models' value, except the fields the user set by hand, which keep the user's.
 */
export function applyCatalog<S extends Partial<Record<NumericKey, number>>>(
  scenario: S,
  overrides: readonly NumericKey[],
  catalog: CatalogValues,
): S {
  const filled: Partial<Record<NumericKey, number>> = { ...catalog };
  for (const key of overrides) delete filled[key];
  return { ...scenario, ...filled };
}

/**
 * The "reset" button: the field back to the catalog's value for the chosen models (or to
 * `fallback`, the first-visit value, for a field the catalog does not fill), no longer an override.
 */
export function resetOverride<S extends Partial<Record<NumericKey, number>>>(
  inputs: { scenario: S; overrides: readonly NumericKey[] },
  key: NumericKey,
  catalog: CatalogValues,
  fallback: number,
): { scenario: S; overrides: readonly NumericKey[] } {
  return {
    scenario: { ...inputs.scenario, [key]: catalog[key] ?? fallback },
    overrides: inputs.overrides.filter((k) => k !== key),
  };
}
