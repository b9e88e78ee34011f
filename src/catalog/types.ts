/**
 * Shapes shared by the hand-curated catalog files and the module that
 * `scripts/generate-catalog.mjs` writes. Every number the page can fill into a
 * scenario travels with where it came from, when, and whether it is an estimate.
 */

/** Where a fact comes from: a URL, or a package name and version. */
export interface SourceRef {
  /** Short label shown to the user, e.g. "@pydantic/genai-prices 0.1.8" or "Lambda vLLM benchmark". */
  readonly source: string;
  /** Page to check the fact against, when there is one. */
  readonly url: string | null;
  /** When the fact was published, measured or last checked: YYYY-MM-DD or YYYY-MM. */
  readonly date: string;
  /** True when the number is derived or assumed rather than published or measured. */
  readonly estimate: boolean;
  /** How the number was obtained or what it assumes, in one or two sentences. */
  readonly note: string | null;
}

/** A number together with its provenance. */
export interface Sourced<T = number> extends SourceRef {
  readonly value: T;
}

/** Lifecycle of an API model as its provider describes it. */
export type ApiModelStatus = 'current' | 'preview' | 'legacy' | 'retiring' | 'retired';

/** Prices (dollars per 1M tokens) in force on one date. `null`: the catalog lists none. */
export interface TokenPrices {
  readonly inputPrice: number;
  readonly cachedInputPrice: number | null;
  readonly cacheWritePrice: number | null;
  readonly outputPrice: number;
}

/** One curated API model as written by the generator from @pydantic/genai-prices. */
export interface GeneratedApiModel extends TokenPrices {
  /** The catalog's model id, also the name passed to `calcPrice`. */
  readonly id: string;
  /** genai-prices provider id (`openai`, `anthropic`, `google`). */
  readonly providerId: string;
  readonly provider: string;
  readonly name: string;
  readonly status: ApiModelStatus;
  /** Why the model is legacy, retiring or retired; `null` for current models. */
  readonly statusNote: string | null;
  readonly statusUrl: string | null;
  /**
   * Largest prompt (input tokens, cached or not) that the prices above apply to;
   * `null` when the price does not depend on prompt length.
   */
  readonly tierMaxInputTokens: number | null;
  /** Says which tier was taken and what longer prompts cost; `null` when untiered. */
  readonly tierNote: string | null;
  /** A price change the catalog already knows about, after the generation date. */
  readonly scheduledChange: (TokenPrices & { readonly date: string }) | null;
  /** The provider's pricing page as listed by genai-prices. */
  readonly pricingUrl: string | null;
}

/** A serverless per-token price for an open base model, from a provider genai-prices lists. */
export interface GeneratedServingPrice {
  readonly baseModelId: string;
  readonly providerId: string;
  readonly provider: string;
  /** The provider's model name, as passed to `calcPrice`. */
  readonly modelRef: string;
  readonly inputPrice: number;
  readonly outputPrice: number;
  readonly pricingUrl: string | null;
  /** The package's own comment on this price, when it has one. */
  readonly note: string | null;
}
