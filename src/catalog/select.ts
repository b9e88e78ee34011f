/**
 * What choosing a model does to a scenario: the fields the catalog fills, each with its
 * source and date, and the override bookkeeping the page needs. Pure functions over ids;
 * the calculation itself never reads the catalog.
 */
import type { Scenario } from '../model/scenario.ts';
import { apiModel, apiPriceSource } from './api-models.ts';
import { baseModel } from './base-models.ts';
import {
  CATALOG_FIELD_KEYS,
  isOverride,
  type ApiFieldKey,
  type BaseFieldKey,
  type CatalogFieldKey,
  type CatalogSelection,
  type TrainingOption,
} from './fields.ts';
import { gpu } from './gpus.ts';
import { managedTrainingPrice } from './managed-training.ts';
import { selfHostedTraining } from './self-hosted-training.ts';
import { servingPrice, servingPriceSources } from './serverless.ts';
import { dedicatedServing } from './serving.ts';
import type { Sourced } from './types.ts';

/** A catalog-filled value with its provenance, as the page shows it ("source · date"). */
export type CatalogFieldSource = Sourced;

const FALLBACK_NOTE =
  'The catalog lists no separate price for this, so the uncached input price is used.';

function apiSources(id: string): Record<ApiFieldKey, CatalogFieldSource> {
  const model = apiModel(id);
  const ref = apiPriceSource(model);
  const price = (value: number | null): CatalogFieldSource =>
    value === null
      ? {
          ...ref,
          value: model.inputPrice,
          note: [FALLBACK_NOTE, ref.note].filter(Boolean).join(' '),
        }
      : { ...ref, value };
  return {
    apiInputPrice: price(model.inputPrice),
    apiCachedInputPrice: price(model.cachedInputPrice),
    apiCacheWritePrice: price(model.cacheWritePrice),
    apiOutputPrice: price(model.outputPrice),
  };
}

function baseSources(
  baseId: string,
  gpuId: string,
  trainingOption: TrainingOption,
): Record<BaseFieldKey, CatalogFieldSource> {
  const model = baseModel(baseId);
  const serving = servingPriceSources(servingPrice(baseId));
  const dedicated = dedicatedServing(baseId, gpuId);
  return {
    tokenizerRatio: model.tokenizerRatio,
    trainingPrice:
      trainingOption === 'managed'
        ? managedTrainingPrice(model.paramsBillions.value)
        : selfHostedTraining(baseId, gpuId).price,
    servingInputPrice: serving.input,
    servingOutputPrice: serving.output,
    gpuHourlyPrice: gpu(gpuId).hourlyPrice,
    gpuOutputTokensPerSecond: dedicated.outputTokensPerSecond,
    minGpus: dedicated.minGpus,
  };
}

function values<K extends string>(sources: Record<K, CatalogFieldSource>): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const key of Object.keys(sources) as K[]) out[key] = sources[key].value;
  return out;
}

/** A's four prices ($/M) for an API model; cached and cache-write fall back to input when unlisted. */
export function apiModelFields(id: string): Pick<Scenario, ApiFieldKey> {
  return values(apiSources(id));
}

/** B's size, training, serverless and dedicated-serving fields for a base model on a GPU type. */
export function baseModelFields(
  baseId: string,
  gpuId: string,
  trainingOption: TrainingOption,
): Pick<Scenario, BaseFieldKey> {
  return values(baseSources(baseId, gpuId, trainingOption));
}

/** Every catalog-filled field of a selection, with value, source, date, estimate flag and note. */
export function catalogFieldSources(
  selection: CatalogSelection,
): Record<CatalogFieldKey, CatalogFieldSource> {
  return {
    ...apiSources(selection.apiModelId),
    ...baseSources(selection.baseModelId, selection.gpuId, selection.trainingOption),
  };
}

/** All catalog values of a selection, ready to spread into a scenario. */
export function catalogFields(selection: CatalogSelection): Pick<Scenario, CatalogFieldKey> {
  return values(catalogFieldSources(selection));
}

/** The catalog fields whose scenario value differs from the selection's catalog value. */
export function overriddenFields(
  scenario: Pick<Scenario, CatalogFieldKey>,
  selection: CatalogSelection,
): CatalogFieldKey[] {
  const catalog = catalogFields(selection);
  return CATALOG_FIELD_KEYS.filter((key) => isOverride(scenario[key], catalog[key]));
}

/** The scenario with one field set back to the selection's catalog value (the "reset" button). */
export function resetField<S extends Pick<Scenario, CatalogFieldKey>>(
  scenario: S,
  selection: CatalogSelection,
  key: CatalogFieldKey,
): S {
  return { ...scenario, [key]: catalogFields(selection)[key] };
}

/**
 * The scenario after the selection changes from `previous` to `next`: fields that held the
 * previous catalog value take the new one, fields the user had edited keep the user's value.
 * With no previous selection every catalog field is filled.
 */
export function applySelection<S extends Pick<Scenario, CatalogFieldKey>>(
  scenario: S,
  previous: CatalogSelection | null,
  next: CatalogSelection,
): S {
  const kept = new Set(previous ? overriddenFields(scenario, previous) : []);
  const fresh = catalogFields(next);
  const out = { ...scenario };
  for (const key of CATALOG_FIELD_KEYS) if (!kept.has(key)) out[key] = fresh[key];
  return out;
}
