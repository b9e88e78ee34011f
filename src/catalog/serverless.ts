/**
 * Serverless per-token prices for the base models, generated from the hosts genai-prices
 * lists. Fine-tuned LoRA adapters are usually served at the base model's per-token price,
 * which is why the base model's price stands in for the fine-tuned one.
 */
import { GENAI_PRICES, SERVING_PRICES } from './generated/api-prices.ts';
import type { GeneratedServingPrice, Sourced } from './types.ts';

/** The serverless price of a base model; throws when the generated catalog has none. */
export function servingPrice(baseModelId: string): GeneratedServingPrice {
  const found = SERVING_PRICES.find((p) => p.baseModelId === baseModelId);
  if (!found) throw new Error(`No serverless price for base model: ${baseModelId}`);
  return found;
}

/** Input and output prices with provenance; the note names the host. */
export function servingPriceSources(price: GeneratedServingPrice): {
  input: Sourced;
  output: Sourced;
} {
  const ref = {
    source: `${GENAI_PRICES.package} ${GENAI_PRICES.version} (${price.provider})`,
    url: price.pricingUrl,
    date: GENAI_PRICES.generatedOn,
    estimate: false,
    note:
      `${price.provider} lists ${price.modelRef} at this price; a LoRA fine-tune of the base model ` +
      'is assumed to be served at the same per-token price.' +
      (price.note ? ` ${price.note}` : ''),
  };
  return {
    input: { ...ref, value: price.inputPrice },
    output: { ...ref, value: price.outputPrice },
  };
}
