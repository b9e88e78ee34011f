/**
 * Prices over time (version 2): yearly trends of A's and B's prices and one known step in A's.
 * Neutral by default (no change), so a version-1 scenario gives its version-1 result.
 */
import { SHARE, type NumberSpecs } from './field-spec.ts';

/** Price trends and the known price step, in display order. */
export const PRICE_CHANGE_FIELDS = {
  apiPriceChangePerYear: {
    ...SHARE,
    min: -0.9,
    max: 1,
    sliderMin: -0.6,
    sliderMax: 0.3,
    label: 'API prices change per year',
    default: 0,
    group: 'priceChanges',
    help: 'Yearly change of all of A’s prices; −30% means 30% cheaper each year. The price of a given level of capability has fallen several-fold per year since 2023, though a model’s own list price often stays put.',
  },
  servingPriceChangePerYear: {
    ...SHARE,
    min: -0.9,
    max: 1,
    sliderMin: -0.6,
    sliderMax: 0.3,
    label: 'Serving prices change per year',
    default: 0,
    group: 'priceChanges',
    help: 'Yearly change of B’s per-token and GPU-hour prices; GPU rental prices have fallen by roughly 20–40% a year as new generations arrive.',
  },
  apiPriceStepMonth: {
    label: 'Known price change from month',
    default: 0,
    unit: 'month',
    min: 0,
    max: 60,
    step: 1,
    integer: true,
    group: 'priceChanges',
    help: 'First month in which an announced change of A’s prices applies (an introductory price ending, say); 0 means none.',
  },
  apiPriceStepInputFactor: {
    label: 'Input prices then ×',
    default: 1,
    unit: '×',
    min: 0,
    max: 100,
    step: 0.01,
    sliderMax: 5,
    group: 'priceChanges',
    help: 'From that month, A’s input, cached and cache-write prices are multiplied by this.',
  },
  apiPriceStepOutputFactor: {
    label: 'Output prices then ×',
    default: 1,
    unit: '×',
    min: 0,
    max: 100,
    step: 0.01,
    sliderMax: 5,
    group: 'priceChanges',
    help: 'From that month, A’s output prices are multiplied by this.',
  },
} satisfies NumberSpecs;
