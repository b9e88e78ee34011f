/**
 * Which scenario fields the catalog fills and what a selection of catalog entries is (when a
 * value counts as the user's own is overrides.ts). No data: the first page load carries this module, while the
 * catalog's data and provenance load lazily (see state/catalog-runtime.ts).
 */
import type { Scenario } from '../model/scenario.ts';

/** This month as `YYYY-MM` (UTC): the default starting month of a scenario. */
export function currentMonth(now: Date = new Date()): string {
  return now.toISOString().slice(0, 7);
}

/** Whether text is a month as `YYYY-MM`. */
export const isMonth = (text: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(text);

/**
 * Fields added by cost-model v2 that the catalog fills. A link made before them lacks them, and
 * must read them at their neutral defaults (so it gives exactly its old result): the link reader
 * and the price-change notice treat these apart.
 */
export const V2_API_FIELD_KEYS = [
  'cacheMinPrefixTokens',
  'cacheTtlMinutes',
  'apiTierThresholdTokens',
  'apiTierInputPrice',
  'apiTierOutputPrice',
  'apiPriceStepMonth',
  'apiPriceStepInputFactor',
  'apiPriceStepOutputFactor',
] as const satisfies readonly (keyof Scenario)[];

export const API_FIELD_KEYS = [
  'apiInputPrice',
  'apiCachedInputPrice',
  'apiCacheWritePrice',
  'apiOutputPrice',
  ...V2_API_FIELD_KEYS,
] as const satisfies readonly (keyof Scenario)[];

export const BASE_FIELD_KEYS = [
  'tokenizerRatio',
  'trainingPrice',
  'servingInputPrice',
  'servingOutputPrice',
  'gpuHourlyPrice',
  'gpuOutputTokensPerSecond',
  'minGpus',
] as const satisfies readonly (keyof Scenario)[];

export type ApiFieldKey = (typeof API_FIELD_KEYS)[number];
export type BaseFieldKey = (typeof BASE_FIELD_KEYS)[number];
export type CatalogFieldKey = ApiFieldKey | BaseFieldKey;
export const CATALOG_FIELD_KEYS: readonly CatalogFieldKey[] = [
  ...API_FIELD_KEYS,
  ...BASE_FIELD_KEYS,
];

/** Managed: a fine-tuning service's price by model size. Self-hosted: rented GPUs, derived. */
export type TrainingOption = 'managed' | 'self-hosted';

export interface CatalogSelection {
  readonly apiModelId: string;
  readonly baseModelId: string;
  readonly gpuId: string;
  readonly trainingOption: TrainingOption;
  /**
   * The scenario's month 1 as `YYYY-MM`: a known price change of A lands in the month of the
   * horizon that contains its date. Travels in the link; an older link reads this month.
   */
  readonly startMonth: string;
}

/**
 * What a first-time visitor sees: Claude Sonnet 5 (a current mid/large model with flat pricing
 * over its whole 1M context and a published cache-write price), Llama 3.1 8B, one H100, managed
 * training. The catalog's data modules take their default ids from here.
 */
export const DEFAULT_SELECTION: CatalogSelection = {
  apiModelId: 'claude-sonnet-5',
  baseModelId: 'llama-3.1-8b',
  gpuId: 'h100',
  trainingOption: 'managed',
  startMonth: currentMonth(),
};
