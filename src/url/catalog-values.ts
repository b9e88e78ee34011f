/**
 * Today's catalog values for the chosen models: the fallback for a price a link lacks or got
 * wrong, and the yardstick of "prices have changed". Kept apart from the link reader so the
 * price check can run on the first page without loading the codec. Never throws, even if a
 * future catalog refresh leaves a listed model without some price.
 */
import {
  CATALOG_FIELD_KEYS,
  catalogFields,
  DEFAULT_SELECTION,
  type CatalogFieldKey,
  type CatalogSelection,
} from '../catalog/select.ts';
import { DEFAULT_SCENARIO, type NumericKey, type Scenario } from '../model/scenario.ts';

type CatalogValues = Pick<Scenario, CatalogFieldKey>;

/**
 * The catalog is fixed for the page's lifetime, while the price-change check runs on every edit
 * and the tests read links by the ten thousand: each selection is priced once. Only valid ids
 * reach this point, so the cache is bounded by the catalog's size.
 */
const pricedSelections = new Map<string, Readonly<CatalogValues>>();

/**
 * Today's catalog values for a selection. Should the catalog ever fail to price a listed
 * combination, the default selection's values, then the spec's defaults, stand in.
 */
export function todaysCatalog(selection: CatalogSelection): Readonly<CatalogValues> {
  const key = [
    selection.apiModelId,
    selection.baseModelId,
    selection.gpuId,
    selection.trainingOption,
  ].join('|');
  let values = pricedSelections.get(key);
  if (values === undefined) {
    values = Object.freeze(priceSelection(selection));
    pricedSelections.set(key, values);
  }
  return values;
}

function priceSelection(selection: CatalogSelection): CatalogValues {
  for (const candidate of [selection, DEFAULT_SELECTION]) {
    try {
      return catalogFields(candidate);
    } catch {
      // fall through to the next candidate
    }
  }
  const fallback = {} as CatalogValues;
  for (const key of CATALOG_FIELD_KEYS) fallback[key] = DEFAULT_SCENARIO[key];
  return fallback;
}

const catalogKeys: ReadonlySet<NumericKey> = new Set(CATALOG_FIELD_KEYS);

/** Whether the catalog fills this field (such fields are always written into a link). */
export function isCatalogKey(key: NumericKey): key is CatalogFieldKey {
  return catalogKeys.has(key);
}
