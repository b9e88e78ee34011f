/**
 * B's per-token serving prices, generated from genai-prices (scripts/serving-selection.mjs names
 * the hosts). Only a host that serves a LoRA adapter of the base model per token can stand in
 * for the fine-tuned model; for a base without one, the base model's own price is kept for
 * reference, marked as an estimate, and the page recommends dedicated serving.
 */
import { GENAI_PRICES, SERVING_PRICES } from './generated/api-prices.ts';
import type { GeneratedServingPrice, Sourced } from './types.ts';

/** The per-token price for a base model; throws when the generated catalog has none. */
export function servingPrice(baseModelId: string): GeneratedServingPrice {
  const found = SERVING_PRICES.find((p) => p.baseModelId === baseModelId);
  if (!found) throw new Error(`No serverless price for base model: ${baseModelId}`);
  return found;
}

/** Whether some host serves a LoRA adapter of this base model per token, at a listed price. */
export const servesLoraPerToken = (baseModelId: string) => servingPrice(baseModelId).servesLora;

/** Input and output prices with provenance; the note names the host and the terms. */
export function servingPriceSources(price: GeneratedServingPrice): {
  input: Sourced;
  output: Sourced;
} {
  const ref = {
    source: `${GENAI_PRICES.package} ${GENAI_PRICES.version} (${price.provider})`,
    url: price.servesLora ? (price.loraUrl ?? price.pricingUrl) : price.pricingUrl,
    date: GENAI_PRICES.generatedOn,
    estimate: !price.servesLora,
    note: price.servesLora
      ? price.note
      : `No host the catalog knows serves a LoRA adapter of this model per token, so plan on ` +
        `dedicated serving. For reference, ${price.provider} lists the base model ` +
        `(${price.modelRef}) at this price.` +
        (price.note ? ` ${price.note}` : ''),
  };
  return {
    input: { ...ref, value: price.inputPrice },
    output: { ...ref, value: price.outputPrice },
  };
}
