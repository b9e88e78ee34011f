// Reads API model prices out of the installed @pydantic/genai-prices for the catalog generator.
// Every price goes through the package's own `calcPrice`, restricted to the one model being
// read, so date constraints, time-of-day prices and tiers resolve exactly as the package
// resolves them. Pure apart from reading the package.

import { calcPrice, waitForUpdate } from '@pydantic/genai-prices';

/** The four token prices the cost model knows, and the package's keys for them. */
const PRICE_KEYS = {
  inputPrice: 'input_mtok',
  cachedInputPrice: 'cache_read_mtok',
  cacheWritePrice: 'cache_write_mtok',
  outputPrice: 'output_mtok',
};

/**
 * Prices are read at noon UTC: DeepSeek's time-of-day prices are at their standard (not
 * off-peak, not peak) level then, the level that applies for most of the day.
 */
export const PRICE_TIME = '12:00:00Z';

/** All providers the package bundles (its public `waitForUpdate` resolves to the bundled data). */
export async function allProviders() {
  const providers = await waitForUpdate();
  if (!providers) throw new Error('genai-prices returned no provider data');
  return providers;
}

/** `calcPrice` for one model of one provider, without letting a neighbour's pattern match. */
export function priceOf(provider, model, usage, timestamp) {
  return calcPrice(usage, model.id, { provider: { ...provider, models: [model] }, timestamp });
}

const isTiered = (p) => typeof p === 'object' && p !== null;
const baseOf = (p) => (isTiered(p) ? p.base : p);

/**
 * Whether the cost model can price this model exactly: text input and output prices, no
 * per-request fee, at most one long-context tier shared by every tiered price.
 */
export function isPriceable(modelPrice) {
  if (modelPrice.input_mtok === undefined || modelPrice.output_mtok === undefined) return false;
  if (baseOf(modelPrice.input_mtok) === 0 && baseOf(modelPrice.output_mtok) === 0) return false;
  if (modelPrice.requests_kcount !== undefined) return false;
  const starts = new Set();
  for (const key of Object.values(PRICE_KEYS)) {
    const p = modelPrice[key];
    if (!isTiered(p)) continue;
    if (p.tiers.length !== 1) return false;
    starts.add(p.tiers[0].start);
  }
  if (starts.size > 1) return false;
  // The model takes the tier from the input price; a tier only on other prices cannot be told.
  return starts.size === 0 || isTiered(modelPrice.input_mtok);
}

function pickPrices(modelPrice) {
  const out = {};
  for (const [field, key] of Object.entries(PRICE_KEYS))
    out[field] = baseOf(modelPrice[key]) ?? null;
  return out;
}

/**
 * The long-context tier: genai-prices bills a whole request at the tier price once its input
 * tokens (cached or not) exceed `start`, which is exactly the model's `S + U > threshold`.
 */
function tierOf(modelPrice) {
  const input = modelPrice.input_mtok;
  if (!isTiered(input)) return null;
  const at = (key) => {
    const p = modelPrice[key];
    return isTiered(p) ? p.tiers[0].price : (p ?? null);
  };
  return {
    thresholdTokens: input.tiers[0].start,
    inputPrice: at('input_mtok'),
    outputPrice: at('output_mtok'),
    cachedInputPrice: at('cache_read_mtok'),
    cacheWritePrice: at('cache_write_mtok'),
  };
}

/** The next dated price after `timestamp`, when the package already lists one. */
function scheduledChangeOf(model, timestamp) {
  if (!Array.isArray(model.prices)) return null;
  const later = model.prices
    .filter(
      (p) => p.constraint?.type === 'start_date' && new Date(p.constraint.start_date) > timestamp,
    )
    .sort((a, b) => a.constraint.start_date.localeCompare(b.constraint.start_date))[0];
  return later ? { date: later.constraint.start_date, ...pickPrices(later.prices) } : null;
}

/** The part of a model's entry that comes from the package; `null` when it cannot be priced. */
export function readModel(provider, model, timestamp) {
  const result = priceOf(provider, model, { input_tokens: 1, output_tokens: 1 }, timestamp);
  if (!result || !isPriceable(result.model_price)) return null;
  return {
    ...pickPrices(result.model_price),
    tier: tierOf(result.model_price),
    scheduledChange: scheduledChangeOf(model, timestamp),
    deprecated: model.deprecated === true,
  };
}
