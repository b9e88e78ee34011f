/**
 * "How is this calculated?": the spec's formulas with one scenario's numbers filled in, so a
 * sceptical reader can redo any figure by hand. Pure text; the page only lays it out.
 */
import type { Result } from './calculate';
import { formatCount, formatNumber, formatUsd } from './format';
import type { Scenario } from './scenario';
import { unitCosts } from './unitCosts';
import { DAYS_PER_MONTH, HOURS_PER_MONTH } from './units';

/** One step: what it computes, the formula with numbers, and its value with unit. */
export interface ExplainedStep {
  label: string;
  formula: string;
  value: string;
}

export interface ExplainedSection {
  title: string;
  steps: ExplainedStep[];
}

const usd = formatUsd;
const n = formatNumber;
const perM = (price: number) => `${usd(price)}/M`;

/** The calculation of `result` from `s`, step by step. Month figures are month 1's. */
export function explain(s: Scenario, result: Result): ExplainedSection[] {
  const u = unitCosts(s);
  const requests1 = result.months[1]?.requests ?? 0;
  const row1 = result.months[1];
  const k = n(s.tokenizerRatio);
  const hit = result.effectiveCacheHitRate;
  const prefixPrice = u.api.cacheable
    ? hit * u.api.cached + (1 - hit) * u.api.cacheWrite
    : u.api.input;
  const prefixPriceFormula = s.promptCaching
    ? `${n(s.cacheHitRate)} × ${perM(s.apiCachedInputPrice)} + ${n(1 - s.cacheHitRate)} × ${perM(s.apiCacheWritePrice)}`
    : `${perM(s.apiInputPrice)} (caching off)`;
  const hostingFormula =
    s.servingMode === 'dedicated'
      ? `${formatCount(row1?.gpus ?? s.minGpus)} GPUs × ${usd(s.gpuHourlyPrice)}/h × ${HOURS_PER_MONTH} h`
      : `${usd(s.servingHourlyFee)}/h × ${HOURS_PER_MONTH} h + ${formatCount(requests1)} × ${usd(u.serverlessInferenceB)}`;
  const hosting = row1?.inferenceB ?? 0;

  return [
    {
      title: 'Prompting (A): one request',
      steps: [
        {
          label: 'Static prefix S',
          formula: `${formatCount(s.systemPromptTokens)} + ${formatCount(s.fewShotExamples)} × ${formatCount(s.fewShotTokensPerExample)}`,
          value: `${formatCount(u.staticPrefixTokens)} tokens`,
        },
        { label: 'Prefix price', formula: prefixPriceFormula, value: perM(prefixPrice) },
        {
          label: 'Cost per request A',
          formula: `(${formatCount(u.staticPrefixTokens)} × ${perM(prefixPrice)} + ${formatCount(s.inputTokens)} × ${perM(s.apiInputPrice)} + ${formatCount(s.outputTokens)} × ${perM(s.apiOutputPrice)}) ÷ 1M`,
          value: usd(result.costPerRequestA),
        },
      ],
    },
    {
      title: 'Fine-tuned (B): one request',
      steps: [
        {
          label: 'Inference B (per token)',
          formula: `(${k} × (${formatCount(s.residualPromptTokens)} + ${formatCount(s.inputTokens)}) × ${perM(s.servingInputPrice)} + ${k} × ${formatCount(s.outputTokens)} × ${perM(s.servingOutputPrice)}) ÷ 1M`,
          value: usd(u.serverlessInferenceB),
        },
        {
          label: 'Cost per request B',
          formula: `${usd(u.serverlessInferenceB)} + ${n(s.fallbackRate)} × ${usd(result.costPerRequestA)} (fallback to A)`,
          value:
            result.costPerRequestB === null ? 'none at zero volume' : usd(result.costPerRequestB),
        },
      ],
    },
    {
      title: 'Month 1',
      steps: [
        {
          label: 'Requests',
          formula: `${formatCount(s.requestsPerDay)}/day × ${DAYS_PER_MONTH} days`,
          value: `${formatCount(requests1)} requests`,
        },
        {
          label: 'Cost A',
          formula: `${formatCount(requests1)} × ${usd(result.costPerRequestA)} + ${n(s.promptMaintenanceHoursPerMonth)} h × ${usd(s.hourlyRate)}/h`,
          value: usd(row1?.costA ?? 0),
        },
        {
          label: s.servingMode === 'dedicated' ? 'GPUs for B' : 'Hosting B',
          formula: hostingFormula,
          value: usd(hosting),
        },
        {
          label: 'Cost B',
          formula: `${usd(hosting)} + ${formatCount(requests1)} × ${n(s.fallbackRate)} × ${usd(result.costPerRequestA)} + ${n(s.maintenanceHoursPerMonth)} h × ${usd(s.hourlyRate)}/h`,
          value: usd(row1?.costB ?? 0),
        },
      ],
    },
    {
      title: 'One-time and retraining (B)',
      steps: [
        {
          label: 'Training tokens per run',
          formula: `${formatCount(s.trainingExamples)} examples × ${formatCount(s.trainingTokensPerExample)} tokens × ${formatCount(s.epochs)} epochs`,
          value: `${formatCount(result.trainingTokensPerRun)} tokens`,
        },
        {
          label: 'One training run',
          formula: `${formatCount(result.trainingTokensPerRun)} × ${perM(s.trainingPrice)} ÷ 1M`,
          value: usd(result.trainingRunCost),
        },
        {
          label: 'One-time B',
          formula: `${formatCount(s.trainingExamples)} × ${usd(s.labelingCostPerExample)} + ${formatCount(s.trainingRunsPerRelease)} × ${usd(result.trainingRunCost)} + ${usd(s.evalCostPerRelease)} + ${n(s.engineeringHoursInitial)} h × ${usd(s.hourlyRate)}/h`,
          value: usd(result.oneTimeB),
        },
        {
          label: 'Each retrain',
          formula:
            s.retrainEveryMonths === 0
              ? 'never (retraining is off)'
              : `${n(s.retrainNewDataFraction)} × ${formatCount(s.trainingExamples)} × ${usd(s.labelingCostPerExample)} + ${formatCount(s.trainingRunsPerRelease)} × ${usd(result.trainingRunCost)} + ${usd(s.evalCostPerRelease)} + ${n(s.engineeringHoursPerRetrain)} h × ${usd(s.hourlyRate)}/h, every ${formatCount(s.retrainEveryMonths)} months`,
          value: usd(result.retrainCost),
        },
      ],
    },
    {
      title: `Over ${formatCount(s.horizonMonths)} months`,
      steps: [
        { label: 'Total A', formula: 'one-time A + Σ cost A(m)', value: usd(result.totalA) },
        {
          label: 'Total B',
          formula: 'one-time B + Σ (cost B(m) + retrain(m))',
          value: usd(result.totalB),
        },
        {
          label: 'Savings',
          formula: `${usd(result.totalA)} − ${usd(result.totalB)}`,
          value: usd(result.savings),
        },
        {
          label: 'Return on investment',
          formula: `${usd(result.savings)} ÷ ${usd(result.investment)} (one-time B + retrains + B's upkeep)`,
          value: result.roi === null ? 'n/a (no investment)' : `${formatCount(result.roi * 100)}%`,
        },
      ],
    },
  ];
}
