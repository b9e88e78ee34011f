/**
 * Everything in the cost model that does not depend on the month or the volume: the prices A
 * pays (after the long-context tier), the per-token cost of one request on B and C, the one-time
 * costs and the cost of one retrain (spec: "A: cost of one request", "B: cost of one request",
 * "One-time and recurring costs of B", and version 2's "A: cost of one request in month m").
 * The price factors of each month (trends and the known step) are computed here once, and applied
 * with the volume-dependent cache hit rate in months.ts.
 */
import type { Scenario } from './scenario.ts';
import {
  SECONDS_PER_MONTH,
  TOKENS_PER_PRICE_UNIT,
  type Dollars,
  type DollarsPerMillionTokens,
  type DollarsPerRequest,
  type Tokens,
} from './units.ts';

/** A's prices for this scenario's prompt, after the long-context tier (before trends and steps). */
export interface ApiPrices {
  /** True when S + U is above a tier threshold: every price below is the tier's. */
  tier: boolean;
  input: DollarsPerMillionTokens;
  output: DollarsPerMillionTokens;
  /** Cache prices follow the input price into the tier in proportion. */
  cached: DollarsPerMillionTokens;
  cacheWrite: DollarsPerMillionTokens;
  /** Caching on, a prefix to cache, and at least the provider's shortest cacheable prefix. */
  cacheable: boolean;
  /** `cacheHitRate`: the hit rate of a warm cache, and the ceiling of the effective one. */
  hitCeiling: number;
  /**
   * ttl × 60 / (30 × 86,400): a month's requests times this is λ × ttl, the expected number of
   * other requests within one cache lifetime (spec v2 `hit(m)`); 0 when the TTL is 0 (no expiry).
   */
  warmthPerRequest: number;
}

/** Each month's price factors, index m = 1..H (index 0 unused), computed once per scenario. */
export interface MonthlyFactors {
  /** fIn(m): A's yearly trend times the known step on its input-side prices, once it started. */
  fIn: Float64Array;
  /** fOut(m): the same for A's output prices. */
  fOut: Float64Array;
  /** g(m): B's and C's serving price trend. */
  g: Float64Array;
}

export interface UnitCosts {
  monthly: MonthlyFactors;
  /** S: A's static prefix, system prompt plus few-shot examples, in A's tokens. */
  staticPrefixTokens: Tokens;
  api: ApiPrices;
  /** B's per-token price of one request (the spec's `inferenceB` in month 1), any serving mode. */
  serverlessInferenceB: DollarsPerRequest;
  /** C's per-token price of one request: the small model sent A's whole prompt. */
  serverlessInferenceC: DollarsPerRequest;
  /** Output-equivalent GPU tokens one request needs on a dedicated GPU: k × (O + w × (R + U)). */
  gpuTokensPerRequest: Tokens;
  /** The same for C, which is sent the whole prefix: k × (O + w × (S + U)). */
  gpuTokensPerRequestC: Tokens;
  /** What one wrong answer costs on each side, per request: failure rate × failure cost. */
  failurePerRequestA: DollarsPerRequest;
  failurePerRequestB: DollarsPerRequest;
  /** A's monthly upkeep (prompt maintenance hours × rate); C keeps A's prompt, so it too. */
  upkeepAPerMonth: Dollars;
  /** B's monthly upkeep (maintenance hours × rate). */
  upkeepBPerMonth: Dollars;
  oneTimeA: Dollars;
  oneTimeB: Dollars;
  oneTimeBParts: {
    labeling: Dollars;
    training: Dollars;
    evaluation: Dollars;
    engineering: Dollars;
  };
  /** Tokens one training run processes: examples × tokens per example × epochs. */
  trainingTokensPerRun: Tokens;
  trainingRunCost: Dollars;
  retrainCost: Dollars;
}

/** (1 + change)^((m − 1) / 12): a yearly price change compounded to month m (1 in month 1). */
export function yearlyTrend(changePerYear: number, month: number): number {
  return changePerYear === 0 ? 1 : (1 + changePerYear) ** ((month - 1) / 12);
}

/** Whether A's known price step applies in this month (spec v2 stepIn/stepOut). */
function stepped(s: Scenario, month: number): boolean {
  return s.apiPriceStepMonth > 0 && month >= s.apiPriceStepMonth;
}

/** fIn(m) = trend(m) × stepIn(m). */
export function apiInputFactor(s: Scenario, month: number): number {
  const trend = yearlyTrend(s.apiPriceChangePerYear, month);
  return stepped(s, month) ? trend * s.apiPriceStepInputFactor : trend;
}

/** fOut(m) = trend(m) × stepOut(m). */
export function apiOutputFactor(s: Scenario, month: number): number {
  const trend = yearlyTrend(s.apiPriceChangePerYear, month);
  return stepped(s, month) ? trend * s.apiPriceStepOutputFactor : trend;
}

function monthlyFactors(s: Scenario): MonthlyFactors {
  const H = s.horizonMonths;
  const monthly = {
    fIn: new Float64Array(H + 1),
    fOut: new Float64Array(H + 1),
    g: new Float64Array(H + 1),
  };
  for (let month = 1; month <= H; month++) {
    monthly.fIn[month] = apiInputFactor(s, month);
    monthly.fOut[month] = apiOutputFactor(s, month);
    monthly.g[month] = yearlyTrend(s.servingPriceChangePerYear, month);
  }
  return monthly;
}

/** A's prices after the long-context tier, and whether the prefix can be cached at all. */
export function apiPrices(s: Scenario, staticPrefixTokens: Tokens): ApiPrices {
  const tier =
    s.apiTierThresholdTokens > 0 && staticPrefixTokens + s.inputTokens > s.apiTierThresholdTokens;
  const ratio = tier && s.apiInputPrice > 0 ? s.apiTierInputPrice / s.apiInputPrice : 1;
  // A near-zero base input price (a denormal) would overflow the tier's cache prices; such a
  // price is 0 for every purpose, so the cache prices then stay as they are.
  const finite =
    Number.isFinite(s.apiCachedInputPrice * ratio) && Number.isFinite(s.apiCacheWritePrice * ratio);
  const scale = finite ? ratio : 1;
  return {
    tier,
    input: tier ? s.apiTierInputPrice : s.apiInputPrice,
    output: tier ? s.apiTierOutputPrice : s.apiOutputPrice,
    cached: s.apiCachedInputPrice * scale,
    cacheWrite: s.apiCacheWritePrice * scale,
    cacheable:
      s.promptCaching && staticPrefixTokens > 0 && staticPrefixTokens >= s.cacheMinPrefixTokens,
    hitCeiling: s.cacheHitRate,
    warmthPerRequest: s.cacheTtlMinutes > 0 ? (s.cacheTtlMinutes * 60) / SECONDS_PER_MONTH : 0,
  };
}

/** The prompt's static part — system prompt and few-shot examples — in tokens. */
export function staticPrefixTokensOf(s: Scenario): Tokens {
  return s.systemPromptTokens + s.fewShotExamples * s.fewShotTokensPerExample;
}

/**
 * The volume-independent costs of a valid scenario. Zero tokens or zero prices give zero costs;
 * the only division (the tier's price scale) is guarded, so every figure is finite for any
 * scenario that passed validation.
 */
export function unitCosts(s: Scenario): UnitCosts {
  const staticPrefixTokens = staticPrefixTokensOf(s);
  const k = s.tokenizerRatio;
  const serverlessInference = (promptTokens: Tokens) =>
    (k * (promptTokens + s.inputTokens) * s.servingInputPrice +
      k * s.outputTokens * s.servingOutputPrice) /
    TOKENS_PER_PRICE_UNIT;
  const gpuTokens = (promptTokens: Tokens) =>
    k * (s.outputTokens + s.inputTokenWeight * (promptTokens + s.inputTokens));

  const trainingTokensPerRun = s.trainingExamples * s.trainingTokensPerExample * s.epochs;
  const trainingRunCost = (trainingTokensPerRun * s.trainingPrice) / TOKENS_PER_PRICE_UNIT;
  const trainingPerRelease = s.trainingRunsPerRelease * trainingRunCost;
  const oneTimeBParts = {
    labeling: s.trainingExamples * s.labelingCostPerExample,
    training: trainingPerRelease,
    evaluation: s.evalCostPerRelease,
    engineering: s.engineeringHoursInitial * s.hourlyRate,
  };
  const retrainCost =
    s.retrainNewDataFraction * s.trainingExamples * s.labelingCostPerExample +
    trainingPerRelease +
    s.evalCostPerRelease +
    s.engineeringHoursPerRetrain * s.hourlyRate;

  return {
    monthly: monthlyFactors(s),
    staticPrefixTokens,
    api: apiPrices(s, staticPrefixTokens),
    serverlessInferenceB: serverlessInference(s.residualPromptTokens),
    serverlessInferenceC: serverlessInference(staticPrefixTokens),
    gpuTokensPerRequest: gpuTokens(s.residualPromptTokens),
    gpuTokensPerRequestC: gpuTokens(staticPrefixTokens),
    failurePerRequestA: s.failureRateA * s.failureCost,
    failurePerRequestB: s.failureRateB * s.failureCost,
    upkeepAPerMonth: s.promptMaintenanceHoursPerMonth * s.hourlyRate,
    upkeepBPerMonth: s.maintenanceHoursPerMonth * s.hourlyRate,
    oneTimeA: s.promptSetupHours * s.hourlyRate,
    oneTimeB:
      oneTimeBParts.labeling +
      oneTimeBParts.training +
      oneTimeBParts.evaluation +
      oneTimeBParts.engineering,
    oneTimeBParts,
    trainingTokensPerRun,
    trainingRunCost,
    retrainCost,
  };
}
