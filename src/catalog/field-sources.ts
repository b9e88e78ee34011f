/**
 * The values the catalog fills into a scenario for a selection of models, each with its source
 * and date. Pure functions over ids; the calculation itself never reads the catalog, and what
 * the user overrode is overrides.ts's business.
 */
import type { Scenario } from '../model/scenario.ts';
import { apiModel, apiPriceSource } from './api-models.ts';
import { baseModel } from './base-models.ts';
import { cachingRule, cachingSources } from './caching.ts';
import {
  CATALOG_FIELD_KEYS,
  DEFAULT_SELECTION,
  type ApiFieldKey,
  type BaseFieldKey,
  type CatalogFieldKey,
  type CatalogSelection,
  type TrainingOption,
} from './fields.ts';
import { gpu } from './gpus.ts';
import { isOverride } from './overrides.ts';
import { managedTrainingPrice } from './managed-training.ts';
import { priceStep, priceStepSources } from './price-step.ts';
import { selfHostedTraining } from './self-hosted-training.ts';
import { servingPrice, servingPriceSources } from './serverless.ts';
import { dedicatedServing } from './serving.ts';
import { apiTokenizerOf, tokenizerRatio } from './tokenizer-ratios.ts';
import type { Sourced } from './types.ts';

/** A catalog-filled value with its provenance, as the page shows it ("source · date"). */
export type CatalogFieldSource = Sourced;

const FALLBACK_NOTE =
  'The catalog lists no separate price for this, so the uncached input price is used.';

function apiSources(id: string, startMonth: string): Record<ApiFieldKey, CatalogFieldSource> {
  const model = apiModel(id);
  const ref = apiPriceSource(model);
  const caching = cachingSources(model);
  const step = priceStepSources(model, startMonth);
  const tier = model.tier;
  const tierField = (value: number): CatalogFieldSource => ({
    ...ref,
    value,
    note: ref.note ?? 'The price does not depend on prompt length (no long-context tier).',
  });
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
    cacheMinPrefixTokens: caching.minPrefixTokens,
    cacheTtlMinutes: caching.ttlMinutes,
    apiTierThresholdTokens: tierField(tier?.thresholdTokens ?? 0),
    apiTierInputPrice: tierField(tier?.inputPrice ?? 0),
    apiTierOutputPrice: tierField(tier?.outputPrice ?? 0),
    apiPriceStepMonth: step.month,
    apiPriceStepInputFactor: step.inputFactor,
    apiPriceStepOutputFactor: step.outputFactor,
  };
}

function baseSources(
  baseId: string,
  gpuId: string,
  trainingOption: TrainingOption,
  apiModelId: string = DEFAULT_SELECTION.apiModelId,
): Record<BaseFieldKey, CatalogFieldSource> {
  const model = baseModel(baseId);
  const api = apiModel(apiModelId);
  const serving = servingPriceSources(servingPrice(baseId));
  const dedicated = dedicatedServing(baseId, gpuId);
  return {
    // B's tokens over A's: depends on both models' tokenizers.
    tokenizerRatio: tokenizerRatio(
      model.tokenizerFamily,
      apiTokenizerOf(api),
      model.tokenizerProxy,
    ),
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

/**
 * A's fields for an API model: its four prices (cached and cache-write fall back to input when
 * unlisted), caching terms, long-context tier and price step. Numbers only, without building the
 * provenance texts: the "other models" table prices ~1,400 models at once. The test suite keeps
 * these equal to the values in `catalogFieldSources`.
 */
export function apiModelFields(
  id: string,
  startMonth: string = DEFAULT_SELECTION.startMonth,
): Pick<Scenario, ApiFieldKey> {
  const model = apiModel(id);
  const rule = cachingRule(model);
  const step = priceStep(model, startMonth);
  return {
    apiInputPrice: model.inputPrice,
    apiCachedInputPrice: model.cachedInputPrice ?? model.inputPrice,
    apiCacheWritePrice: model.cacheWritePrice ?? model.inputPrice,
    apiOutputPrice: model.outputPrice,
    cacheMinPrefixTokens: rule.minPrefixTokens,
    cacheTtlMinutes: rule.ttlMinutes,
    apiTierThresholdTokens: model.tier?.thresholdTokens ?? 0,
    apiTierInputPrice: model.tier?.inputPrice ?? 0,
    apiTierOutputPrice: model.tier?.outputPrice ?? 0,
    apiPriceStepMonth: step.month,
    apiPriceStepInputFactor: step.inputFactor,
    apiPriceStepOutputFactor: step.outputFactor,
  };
}

/** Every catalog-filled field of a selection, with value, source, date, estimate flag and note. */
export function catalogFieldSources(
  selection: CatalogSelection,
): Record<CatalogFieldKey, CatalogFieldSource> {
  return {
    // A selection saved before starting months existed has none: it starts this month.
    ...apiSources(selection.apiModelId, selection.startMonth ?? DEFAULT_SELECTION.startMonth),
    ...baseSources(
      selection.baseModelId,
      selection.gpuId,
      selection.trainingOption,
      selection.apiModelId,
    ),
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
