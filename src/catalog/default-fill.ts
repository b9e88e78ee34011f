/**
 * The default selection's catalog values and names, for the first paint before the catalog chunk
 * has loaded (state/catalog-runtime.ts). test/catalog/default-fill.test.ts fails, printing the
 * right values, whenever the catalog changes them: copy those in.
 */
import type { CatalogFieldKey } from './fields.ts';

export const DEFAULT_FILL: Readonly<Record<CatalogFieldKey, number>> = {
  apiInputPrice: 2,
  apiCachedInputPrice: 0.2,
  apiCacheWritePrice: 2.5,
  apiOutputPrice: 10,
  cacheMinPrefixTokens: 1024,
  cacheTtlMinutes: 5,
  apiTierThresholdTokens: 0,
  apiTierInputPrice: 0,
  apiTierOutputPrice: 0,
  apiPriceStepMonth: 0,
  apiPriceStepInputFactor: 1,
  apiPriceStepOutputFactor: 1,
  tokenizerRatio: 0.831,
  trainingPrice: 0.48,
  servingInputPrice: 0.03,
  servingOutputPrice: 0.09,
  gpuHourlyPrice: 3.99,
  gpuOutputTokensPerSecond: 4334,
  minGpus: 1,
};

/** What the pickers show for the default selection while the catalog loads. */
export const DEFAULT_NAMES = {
  apiModel: 'Claude Sonnet 5',
  baseModel: 'Llama 3.1 8B',
  gpu: 'NVIDIA H100 80GB (SXM)',
} as const;
