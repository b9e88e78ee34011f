import { DEFAULT_FILL } from '../catalog/default-fill.ts';
import { DEFAULT_SELECTION, type CatalogSelection } from '../catalog/fields.ts';
import { DEFAULT_SCENARIO, type NumericKey, type Scenario } from '../model/scenario.ts';
import { memoizeByInput } from './memo.ts';
import { catalogNow } from './catalog-runtime.ts';

const isDefault = (selection: CatalogSelection) =>
  (Object.keys(DEFAULT_SELECTION) as (keyof CatalogSelection)[]).every(
    (key) => selection[key] === DEFAULT_SELECTION[key],
  );

/**
 * The catalog's value for each catalog-filled field of a selection. Before the catalog chunk has
 * loaded only the default selection's values are known (empty otherwise: nothing counts as an
 * override, nothing is filled).
 */
export function catalogValues(selection: CatalogSelection): Partial<Record<NumericKey, number>> {
  const catalog = catalogNow();
  if (catalog) return catalog.todaysCatalog(selection);
  return isDefault(selection) ? DEFAULT_FILL : {};
}

/**
 * The scenario a first visit shows for this selection: the spec's defaults with the catalog's
 * values for the chosen models. Remembered per selection object (a new one comes with every
 * model choice), so "Changed from defaults" compares against the same object until then.
 */
export const baselineFor = memoizeByInput((selection: CatalogSelection): Scenario => ({
  ...DEFAULT_SCENARIO,
  ...catalogValues(selection),
}));
