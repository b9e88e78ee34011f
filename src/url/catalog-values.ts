/**
 * Today's catalog values for the chosen models: the fallback for a price a link lacks or got
 * wrong, and the yardstick of "prices have changed". Kept apart from the link reader so the
 * price check can run on the first page without loading the codec. Never throws, even if a
 * future catalog refresh leaves a listed model without some price.
 */
import {
  CATALOG_FIELD_KEYS,
  DEFAULT_SELECTION,
  V2_API_FIELD_KEYS,
  type CatalogFieldKey,
  type CatalogSelection,
} from '../catalog/fields.ts';
import { catalogFields } from '../catalog/field-sources.ts';
import { DEFAULT_SCENARIO, type NumericKey, type Scenario } from '../model/scenario.ts';

type CatalogValues = Pick<Scenario, CatalogFieldKey>;

/**
 * The catalog's prices are fixed for the page's lifetime, while the price-change check runs on
 * every edit and the tests read links by the ten thousand: each selection is priced once. Only
 * known ids are remembered, so the cache is bounded by the catalog's size.
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
    const priced = priceSelection(selection);
    values = Object.freeze(priced.values);
    // A fallback is not remembered: the full catalog may still register the missing model.
    if (priced.exact) pricedSelections.set(key, values);
  }
  return values;
}

function priceSelection(selection: CatalogSelection): { values: CatalogValues; exact: boolean } {
  for (const candidate of [selection, DEFAULT_SELECTION]) {
    try {
      return { values: catalogFields(candidate), exact: candidate === selection };
    } catch {
      // fall through to the next candidate
    }
  }
  const fallback = {} as CatalogValues;
  for (const key of CATALOG_FIELD_KEYS) fallback[key] = DEFAULT_SCENARIO[key];
  return { values: fallback, exact: false };
}

/** Today's values without the cost-model v2 fields (which an older link reads as defaults). */
export function v1CatalogValues(values: Readonly<CatalogValues>): Partial<CatalogValues> {
  const out: Partial<CatalogValues> = { ...values };
  for (const key of V2_API_FIELD_KEYS) delete out[key];
  return out;
}

const catalogKeys: ReadonlySet<NumericKey> = new Set(CATALOG_FIELD_KEYS);
const v2Keys: ReadonlySet<NumericKey> = new Set(V2_API_FIELD_KEYS);

/** Whether the catalog fills this field since cost-model v2 (written only when not neutral). */
export const isV2CatalogKey = (key: NumericKey) => v2Keys.has(key);

/** Whether the catalog fills this field (the version-1 ones are always written into a link). */
export function isCatalogKey(key: NumericKey): key is CatalogFieldKey {
  return catalogKeys.has(key);
}
