/**
 * Everything in the cost model that does not depend on the month or the volume: the prices A
 * pays (after the long-context tier), the per-token cost of one request on B and C, the one-time
 * costs and the cost of one retrain (spec: "A: cost of one request", "B: cost of one request",
 * "One-time and recurring costs of B", and version 2's "A: cost of one request in month m").
 * What does depend on the month (cache expiry, price trends and steps) is applied in months.ts.
 */
import type { Scenario } from './scenario';
import {
  TOKENS_PER_PRICE_UNIT,
  type Dollars,
  type DollarsPerMillionTokens,
  type DollarsPerRequest,
  type Tokens,
} from './units';

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
}

export interface UnitCosts {
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
  };
}

/**
 * The volume-independent costs of a valid scenario. Zero tokens or zero prices give zero costs;
 * the only division (the tier's price scale) is guarded, so every figure is finite for any
 * scenario that passed validation.
 */
export function unitCosts(s: Scenario): UnitCosts {
  const staticPrefixTokens = s.systemPromptTokens + s.fewShotExamples * s.fewShotTokensPerExample;
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
