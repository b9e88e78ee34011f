/**
 * The catalog side of a link: which models it chose, and today's catalog values for them (the
 * fallback for a price the link lacks or got wrong). Never throws, even if a future catalog
 * refresh leaves a listed model without some price.
 */
import { API_MODELS } from '../catalog/api-models.ts';
import { BASE_MODELS } from '../catalog/base-models.ts';
import { GPUS } from '../catalog/gpus.ts';
import {
  CATALOG_FIELD_KEYS,
  catalogFields,
  DEFAULT_SELECTION,
  type CatalogFieldKey,
  type CatalogSelection,
  type TrainingOption,
} from '../catalog/select.ts';
import { API_MODEL_IDS, BASE_MODEL_IDS, GPU_IDS, TRAINING_OPTIONS } from '../catalog/selection.ts';
import { DEFAULT_SCENARIO, type NumericKey, type Scenario } from '../model/scenario.ts';
import type { Problem } from '../model/validate.ts';
import { META_KEYS } from './keys.ts';
import type { LinkParams } from './migrate.ts';
import { readChoice } from './read-fields.ts';

const nameOf = (list: readonly { id: string; name: string }[]) => (id: string) =>
  list.find((entry) => entry.id === id)?.name ?? id;

/** Reads the four ids of a selection; unknown ids fall back to the default selection's. */
export function readSelection(params: LinkParams): {
  selection: CatalogSelection;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const pick = (
    field: keyof CatalogSelection,
    what: string,
    ids: readonly string[],
    describe: (id: string) => string,
  ) => {
    const read = readChoice(
      what,
      params.get(META_KEYS[field]),
      ids,
      DEFAULT_SELECTION[field],
      describe,
    );
    if (read.message !== null) problems.push({ field, message: read.message });
    return read.value;
  };
  const apiModelId = pick('apiModelId', 'API model', API_MODEL_IDS, nameOf(API_MODELS));
  const baseModelId = pick('baseModelId', 'base model', BASE_MODEL_IDS, nameOf(BASE_MODELS));
  const gpuId = pick('gpuId', 'GPU', GPU_IDS, nameOf(GPUS));
  // readChoice only returns one of TRAINING_OPTIONS or the default.
  const trainingOption = pick('trainingOption', 'training option', TRAINING_OPTIONS, (id) => id);
  const selection: CatalogSelection = {
    apiModelId,
    baseModelId,
    gpuId,
    trainingOption: trainingOption as TrainingOption,
  };
  return { selection, problems };
}

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
