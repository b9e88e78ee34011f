import {
  catalogFields,
  CATALOG_FIELD_KEYS,
  isOverride,
  type CatalogFieldKey,
  type CatalogSelection,
} from '../catalog/select.ts';
import type { NumericKey } from '../model/scenario.ts';

export { DEFAULT_SELECTION } from '../catalog/select.ts';
export type { CatalogSelection };

const CATALOG_KEYS: ReadonlySet<NumericKey> = new Set(CATALOG_FIELD_KEYS);

export function isCatalogField(key: NumericKey): key is CatalogFieldKey {
  return CATALOG_KEYS.has(key);
}

/** The catalog's value for each catalog-filled field of a selection. */
export function catalogValues(selection: CatalogSelection): Partial<Record<NumericKey, number>> {
  return catalogFields(selection);
}

/** Whether a value typed by the user differs from the catalog's (tolerant of decimal round trips). */
export function differsFromCatalog(value: number, catalogValue: number): boolean {
  return isOverride(value, catalogValue);
}
