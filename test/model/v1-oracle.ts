// The version-1 model, written again from the spec's version-1 formulas alone ("Formulas"), as
// the yardstick for "a version-1 scenario gives exactly its version-1 result". Deliberately plain
// and independent of src/model: one loop, the formulas as the spec writes them.
import type { Scenario } from '../../src/model/scenario.ts';

export interface V1Result {
  costPerRequestA: number;
  costPerRequestB: number;
  oneTimeB: number;
  retrainCost: number;
  months: { requests: number; costA: number; costB: number; gpus: number | null }[];
  totalA: number;
  totalB: number;
  investment: number;
}

const M = 1_000_000;

export function v1Calculate(s: Scenario): V1Result {
  const S = s.systemPromptTokens + s.fewShotExamples * s.fewShotTokensPerExample;
  const U = s.inputTokens;
  const O = s.outputTokens;
  const R = s.residualPromptTokens;
  const k = s.tokenizerRatio;
  const prefixPrice = s.promptCaching
    ? s.cacheHitRate * s.apiCachedInputPrice + (1 - s.cacheHitRate) * s.apiCacheWritePrice
    : s.apiInputPrice;
  const costPerRequestA = (S * prefixPrice + U * s.apiInputPrice + O * s.apiOutputPrice) / M;
  const inferenceB = (k * (R + U) * s.servingInputPrice + k * O * s.servingOutputPrice) / M;
  const runCost =
    (s.trainingExamples * s.trainingTokensPerExample * s.epochs * s.trainingPrice) / M;
  const oneTimeB =
    s.trainingExamples * s.labelingCostPerExample +
    s.trainingRunsPerRelease * runCost +
    s.evalCostPerRelease +
    s.engineeringHoursInitial * s.hourlyRate;
  const retrainCost =
    s.retrainNewDataFraction * s.trainingExamples * s.labelingCostPerExample +
    s.trainingRunsPerRelease * runCost +
    s.evalCostPerRelease +
    s.engineeringHoursPerRetrain * s.hourlyRate;

  const months: V1Result['months'] = [];
  let totalA = s.promptSetupHours * s.hourlyRate;
  let totalB = oneTimeB;
  let retrains = 0;
  for (let m = 1; m <= s.horizonMonths; m++) {
    const requests = s.requestsPerDay * 30 * (1 + s.monthlyGrowth) ** (m - 1);
    const costA = requests * costPerRequestA + s.promptMaintenanceHoursPerMonth * s.hourlyRate;
    let hostingB: number;
    let gpus: number | null = null;
    if (s.servingMode === 'dedicated') {
      const load = (requests / (30 * 86_400)) * k * (O + s.inputTokenWeight * (R + U));
      // As the model: float noise on an exact fit never adds a GPU (months.ts, gpusNeeded).
      const exact = load / (s.gpuOutputTokensPerSecond * s.targetUtilization);
      gpus = Math.max(s.minGpus, Math.ceil(exact - Math.max(1e-9, exact * 1e-14)));
      hostingB = gpus * s.gpuHourlyPrice * 720;
    } else {
      hostingB = s.servingHourlyFee * 720 + requests * inferenceB;
    }
    const retrain =
      s.retrainEveryMonths > 0 && m > 1 && (m - 1) % s.retrainEveryMonths === 0 ? retrainCost : 0;
    retrains += retrain;
    const costB =
      hostingB +
      requests * s.fallbackRate * costPerRequestA +
      s.maintenanceHoursPerMonth * s.hourlyRate +
      retrain;
    totalA += costA;
    totalB += costB;
    months.push({ requests, costA, costB, gpus });
  }
  return {
    costPerRequestA,
    costPerRequestB: inferenceB + s.fallbackRate * costPerRequestA,
    oneTimeB,
    retrainCost,
    months,
    totalA,
    totalB,
    investment: oneTimeB + retrains + s.horizonMonths * s.maintenanceHoursPerMonth * s.hourlyRate,
  };
}
