/**
 * The API models offered for approach A. Their prices are generated from
 * @pydantic/genai-prices (see scripts/generate-catalog.mjs); this file only names them.
 */
import { API_MODEL_PRICES, GENAI_PRICES } from './generated/api-prices.ts';
import type { GeneratedApiModel, SourceRef } from './types.ts';

export type ApiModel = GeneratedApiModel;

/** Grouped by provider, current models first, legacy ones after them. */
export const API_MODELS: readonly ApiModel[] = API_MODEL_PRICES;

/**
 * Claude Sonnet 5: a current mid/large model with flat pricing over its whole 1M context and
 * a published cache-write price, so every part of A's cost formula has a real number.
 */
export const DEFAULT_API_MODEL_ID = 'claude-sonnet-5';

/** The API model with this id; throws on an unknown id because ids come from this list. */
export function apiModel(id: string): ApiModel {
  const found = API_MODELS.find((m) => m.id === id);
  if (!found) throw new Error(`Unknown API model: ${id}`);
  return found;
}

/** Provenance shared by every price of an API model. */
export function apiPriceSource(model: ApiModel): SourceRef {
  return {
    source: `${GENAI_PRICES.package} ${GENAI_PRICES.version}`,
    url: model.pricingUrl,
    date: GENAI_PRICES.generatedOn,
    estimate: false,
    note: model.tierNote,
  };
}
