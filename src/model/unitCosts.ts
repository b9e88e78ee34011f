/**
 * Everything in the cost model that does not depend on the month or the volume: the cost of one
 * request on each side, the one-time costs and the cost of one retrain (spec: "A: cost of one
 * request", "B: cost of one request", "One-time and recurring costs of B").
 */
import type { Scenario } from './scenario';
import {
  TOKENS_PER_PRICE_UNIT,
  type Dollars,
  type DollarsPerMillionTokens,
  type DollarsPerRequest,
  type Tokens,
} from './units';

export interface UnitCosts {
  /** S: A's static prefix, system prompt plus few-shot examples, in A's tokens. */
  staticPrefixTokens: Tokens;
  /** What one prefix token costs A on average, after caching. */
  prefixPrice: DollarsPerMillionTokens;
  costPerRequestA: DollarsPerRequest;
  costPerRequestAParts: {
    prefix: DollarsPerRequest;
    input: DollarsPerRequest;
    output: DollarsPerRequest;
  };
  /** Serverless per-token price of one request on B (the spec's `inferenceB`), any serving mode. */
  serverlessInferenceB: DollarsPerRequest;
  /** Output-equivalent GPU tokens one request needs on a dedicated GPU: k × (O + w × (R + U)). */
  gpuTokensPerRequest: Tokens;
  /** Fallback share of A's cost that B pays per request. */
  fallbackPerRequest: DollarsPerRequest;
  /** A's monthly upkeep (prompt maintenance hours × rate). */
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

/**
 * The volume-independent costs of a valid scenario. Zero tokens or zero prices give zero costs;
 * nothing here divides, so every figure is finite for any scenario that passed validation.
 */
export function unitCosts(s: Scenario): UnitCosts {
  const staticPrefixTokens = s.systemPromptTokens + s.fewShotExamples * s.fewShotTokensPerExample;
  const prefixPrice = s.promptCaching
    ? s.cacheHitRate * s.apiCachedInputPrice + (1 - s.cacheHitRate) * s.apiCacheWritePrice
    : s.apiInputPrice;
  const costPerRequestAParts = {
    prefix: (staticPrefixTokens * prefixPrice) / TOKENS_PER_PRICE_UNIT,
    input: (s.inputTokens * s.apiInputPrice) / TOKENS_PER_PRICE_UNIT,
    output: (s.outputTokens * s.apiOutputPrice) / TOKENS_PER_PRICE_UNIT,
  };
  const costPerRequestA =
    costPerRequestAParts.prefix + costPerRequestAParts.input + costPerRequestAParts.output;

  const k = s.tokenizerRatio;
  const serverlessInferenceB =
    (k * (s.residualPromptTokens + s.inputTokens) * s.servingInputPrice +
      k * s.outputTokens * s.servingOutputPrice) /
    TOKENS_PER_PRICE_UNIT;
  const gpuTokensPerRequest =
    k * (s.outputTokens + s.inputTokenWeight * (s.residualPromptTokens + s.inputTokens));

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
    prefixPrice,
    costPerRequestA,
    costPerRequestAParts,
    serverlessInferenceB,
    gpuTokensPerRequest,
    fallbackPerRequest: s.fallbackRate * costPerRequestA,
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
