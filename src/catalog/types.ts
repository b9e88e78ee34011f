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

/** The long-context tier: a request whose prompt exceeds the threshold is billed wholly at it. */
export interface ApiTier {
  /** Prompts (input tokens, cached or not) longer than this are billed at the tier prices. */
  readonly thresholdTokens: number;
  readonly inputPrice: number;
  readonly outputPrice: number;
  readonly cachedInputPrice: number | null;
  readonly cacheWritePrice: number | null;
}

/** A provider as genai-prices names it, with its pricing page. */
export interface ProviderInfo {
  readonly name: string;
  readonly pricingUrl: string | null;
}

/** One API model as written by the generator from @pydantic/genai-prices. */
export interface GeneratedApiModel extends TokenPrices {
  /**
   * The catalog's model id: genai-prices' model id for the curated models (kept short so old
   * links keep working), `provider:model` for every other one.
   */
  readonly id: string;
  /** genai-prices provider id (`openai`, `anthropic`, `aws`, …). */
  readonly providerId: string;
  /** genai-prices' model id within its provider. */
  readonly modelRef: string;
  readonly name: string;
  readonly status: ApiModelStatus;
  /** Why the model is a preview, retiring or retired; `null` for current models. */
  readonly statusNote: string | null;
  readonly statusUrl: string | null;
  /** `null` when the price does not depend on prompt length. */
  readonly tier: ApiTier | null;
  /** A price change the catalog already knows about, after the generation date. */
  readonly scheduledChange: (TokenPrices & { readonly date: string }) | null;
}

/**
 * A generated model as the files store it: null fields and `modelRef` left out (`modelRef` is
 * the id itself for a curated model, the id after `provider:` for any other).
 */
export type CompactApiModel = Partial<GeneratedApiModel> &
  Pick<GeneratedApiModel, 'id' | 'providerId' | 'inputPrice' | 'outputPrice'>;

/** An API model with its provider's name and pricing page, as the page uses it. */
export interface ApiModel extends GeneratedApiModel {
  readonly provider: string;
  readonly pricingUrl: string | null;
}

/**
 * B's per-token price for an open base model, from genai-prices: a host that serves LoRA adapters
 * of it per token (`servesLora`), or else the base model's own price somewhere, for reference.
 */
export interface GeneratedServingPrice {
  readonly baseModelId: string;
  /** True when the host serves a LoRA adapter of this base per token; false: reference only. */
  readonly servesLora: boolean;
  readonly providerId: string;
  /** The host's name as the page shows it. */
  readonly provider: string;
  /** The provider's model name, as passed to `calcPrice`. */
  readonly modelRef: string;
  readonly inputPrice: number;
  readonly outputPrice: number;
  readonly pricingUrl: string | null;
  /** Where the host documents serving LoRA adapters (also a host without a listed price). */
  readonly loraUrl: string | null;
  /** Which host serves adapters and on what terms. */
  readonly note: string | null;
}
