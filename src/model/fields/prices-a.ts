/**
 * Option A's token prices, including the long-context tier (version 2; a threshold of 0, the
 * default, means no tier). The catalog fills them when a model is chosen.
 */
import { TOKENS, PRICE, PRICE_SLIDER, type NumberSpecs } from './field-spec.ts';

/** The API model's prices in $ per 1M tokens, in display order. */
export const PRICES_A_FIELDS = {
  apiInputPrice: {
    ...PRICE,
    ...PRICE_SLIDER,
    label: 'API input price',
    default: 2.5,
    group: 'pricesA',
    help: 'What the API charges for ordinary (uncached) input tokens.',
  },
  apiCachedInputPrice: {
    ...PRICE,
    ...PRICE_SLIDER,
    label: 'API cached input price',
    default: 1.25,
    group: 'pricesA',
    help: 'What the API charges for input tokens read from its prompt cache.',
  },
  apiCacheWritePrice: {
    ...PRICE,
    ...PRICE_SLIDER,
    label: 'API cache write price',
    default: 2.5,
    group: 'pricesA',
    help: 'What the API charges for input written to its cache when the cache misses.',
  },
  apiOutputPrice: {
    ...PRICE,
    ...PRICE_SLIDER,
    label: 'API output price',
    default: 10,
    group: 'pricesA',
    help: 'What the API charges for the tokens it generates.',
  },
  apiTierThresholdTokens: {
    ...TOKENS,
    label: 'Long-context tier from',
    default: 0,
    min: 0,
    max: 10_000_000,
    sliderMax: 1_000_000,
    group: 'pricesA',
    help: 'Prompts longer than this (system prompt, examples and input) are billed at the long-context prices; 0 means the model has no such tier.',
  },
  apiTierInputPrice: {
    ...PRICE,
    ...PRICE_SLIDER,
    label: 'Long-context input price',
    default: 0,
    group: 'pricesA',
    help: 'Input price above the long-context threshold; cached and cache-write prices rise in the same proportion.',
  },
  apiTierOutputPrice: {
    ...PRICE,
    ...PRICE_SLIDER,
    label: 'Long-context output price',
    default: 0,
    group: 'pricesA',
    help: 'Output price when the prompt is above the long-context threshold.',
  },
} satisfies NumberSpecs;
