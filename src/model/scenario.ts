/**
 * The scenario: every input of the cost model, its default, and the one table of fields that the
 * sliders, validation and the URL codec all read (spec: shared/spec/cost-model.md, "Scenario").
 */
import { BOOLEAN_FIELD_TABLE, NUMERIC_FIELD_TABLE } from './field-table.ts';

/** How fine-tuned model B is served: per token (serverless) or per GPU-hour (dedicated). */
export type ServingMode = 'serverless' | 'dedicated';

/** The two serving modes, in display order. */
export const SERVING_MODES: readonly ServingMode[] = ['serverless', 'dedicated'];

/**
 * Every input of the cost model, named as in the spec. Token prices are $ per 1M tokens,
 * fractions are 0..1, hours are engineering hours, money is US dollars.
 */
export interface Scenario {
  // Workload
  requestsPerDay: number;
  monthlyGrowth: number;
  horizonMonths: number;
  inputTokens: number;
  outputTokens: number;
  hourlyRate: number;
  // A: prompting a large API model
  systemPromptTokens: number;
  fewShotExamples: number;
  fewShotTokensPerExample: number;
  apiInputPrice: number;
  apiCachedInputPrice: number;
  apiCacheWritePrice: number;
  apiOutputPrice: number;
  promptCaching: boolean;
  cacheHitRate: number;
  promptSetupHours: number;
  promptMaintenanceHoursPerMonth: number;
  // B: a fine-tuned open model
  residualPromptTokens: number;
  tokenizerRatio: number;
  trainingExamples: number;
  trainingTokensPerExample: number;
  epochs: number;
  trainingRunsPerRelease: number;
  trainingPrice: number;
  labelingCostPerExample: number;
  evalCostPerRelease: number;
  engineeringHoursInitial: number;
  engineeringHoursPerRetrain: number;
  maintenanceHoursPerMonth: number;
  retrainEveryMonths: number;
  retrainNewDataFraction: number;
  servingMode: ServingMode;
  servingInputPrice: number;
  servingOutputPrice: number;
  servingHourlyFee: number;
  gpuHourlyPrice: number;
  gpuOutputTokensPerSecond: number;
  inputTokenWeight: number;
  targetUtilization: number;
  minGpus: number;
  fallbackRate: number;
  // Version 2: how providers really bill (cache minimum and expiry, long-context tier)
  cacheMinPrefixTokens: number;
  cacheTtlMinutes: number;
  apiTierThresholdTokens: number;
  apiTierInputPrice: number;
  apiTierOutputPrice: number;
  // Version 2: prices over time (yearly trends and a known step in A's prices)
  apiPriceChangePerYear: number;
  servingPriceChangePerYear: number;
  apiPriceStepMonth: number;
  apiPriceStepInputFactor: number;
  apiPriceStepOutputFactor: number;
  // Version 2: the cost of wrong answers
  failureCost: number;
  failureRateA: number;
  failureRateB: number;
  // Readiness answers, read only by the advisor
  triedPromptEngineering: boolean;
  triedRag: boolean;
  needsFreshKnowledge: boolean;
  requirementsChangeOften: boolean;
  wantsGeneralCapability: boolean;
}

/**
 * The spec's defaults. Price and size fields that the catalog fills hold a GPT-4o-class API model
 * (A) and a Llama-3.1-8B-class model on Together AI (B) until the UI replaces them.
 */
export const DEFAULT_SCENARIO: Scenario = {
  requestsPerDay: 10_000,
  monthlyGrowth: 0,
  horizonMonths: 12,
  inputTokens: 500,
  outputTokens: 300,
  hourlyRate: 150,
  systemPromptTokens: 1_500,
  fewShotExamples: 5,
  fewShotTokensPerExample: 300,
  apiInputPrice: 2.5,
  apiCachedInputPrice: 1.25,
  apiCacheWritePrice: 2.5,
  apiOutputPrice: 10,
  promptCaching: true,
  cacheHitRate: 0.8,
  promptSetupHours: 0,
  promptMaintenanceHoursPerMonth: 0,
  residualPromptTokens: 150,
  tokenizerRatio: 1,
  trainingExamples: 2_000,
  trainingTokensPerExample: 800,
  epochs: 3,
  trainingRunsPerRelease: 3,
  trainingPrice: 0.48,
  labelingCostPerExample: 0.5,
  evalCostPerRelease: 500,
  engineeringHoursInitial: 160,
  engineeringHoursPerRetrain: 40,
  maintenanceHoursPerMonth: 8,
  retrainEveryMonths: 6,
  retrainNewDataFraction: 0.25,
  servingMode: 'serverless',
  servingInputPrice: 0.18,
  servingOutputPrice: 0.18,
  servingHourlyFee: 0,
  gpuHourlyPrice: 2.99,
  gpuOutputTokensPerSecond: 3_400,
  inputTokenWeight: 0.15,
  targetUtilization: 0.5,
  minGpus: 1,
  fallbackRate: 0,
  // Version 2 inputs are neutral by default, so a version-1 scenario gives its version-1 result;
  // choosing a model in the catalog fills the real cache and tier facts.
  cacheMinPrefixTokens: 0,
  cacheTtlMinutes: 0,
  apiTierThresholdTokens: 0,
  apiTierInputPrice: 0,
  apiTierOutputPrice: 0,
  apiPriceChangePerYear: 0,
  servingPriceChangePerYear: 0,
  apiPriceStepMonth: 0,
  apiPriceStepInputFactor: 1,
  apiPriceStepOutputFactor: 1,
  failureCost: 0,
  failureRateA: 0,
  failureRateB: 0,
  triedPromptEngineering: false,
  triedRag: false,
  needsFreshKnowledge: false,
  requirementsChangeOften: false,
  wantsGeneralCapability: false,
};

/** The scenario's numeric fields. */
export type NumericKey = {
  [K in keyof Scenario]: Scenario[K] extends number ? K : never;
}[keyof Scenario];

/** The scenario's yes/no fields (the readiness answers and prompt caching). */
export type BooleanKey = {
  [K in keyof Scenario]: Scenario[K] extends boolean ? K : never;
}[keyof Scenario];

/** Where a field sits in the form. */
export type FieldGroup =
  | 'workload'
  | 'promptA'
  | 'pricesA'
  | 'training'
  | 'people'
  | 'serving'
  | 'dedicated'
  | 'priceChanges'
  | 'quality'
  | 'readiness';

/**
 * One numeric input. `min`..`max` is the VALID range (validation's); `sliderMin`..`sliderMax`,
 * when present, is the narrower range a slider offers (always inside min..max, and above 0 for
 * log sliders); values outside it stay reachable by typing.
 */
export interface NumericField {
  key: NumericKey;
  /** Short label, e.g. 'Requests per day'. */
  label: string;
  /** Short unit shown after a value, e.g. 'requests/day', '$/M tokens', '%'. */
  unit: string;
  min: number;
  max: number;
  /** Slider step in stored units (a fraction for percent fields). */
  step: number;
  default: number;
  scale: 'linear' | 'log';
  sliderMin?: number;
  sliderMax?: number;
  /** Counts, months and token counts: validation rounds other values to the nearest whole. */
  integer: boolean;
  /** Stored as a fraction, shown ×100 with '%'. */
  percent: boolean;
  group: FieldGroup;
  /** One sentence for a tooltip. */
  help: string;
}

/** One yes/no input. */
export interface BooleanField {
  key: BooleanKey;
  label: string;
  default: boolean;
  group: FieldGroup;
  help: string;
}

const numericKeys = Object.keys(NUMERIC_FIELD_TABLE) as NumericKey[];

/** Every numeric input in display order; defaults are read from DEFAULT_SCENARIO. */
export const NUMERIC_FIELDS: readonly NumericField[] = numericKeys.map((key) => {
  const { scale = 'linear', integer = false, percent = false, ...rest } = NUMERIC_FIELD_TABLE[key];
  return { key, default: DEFAULT_SCENARIO[key], scale, integer, percent, ...rest };
});

/** Every yes/no input in display order. */
export const BOOLEAN_FIELDS: readonly BooleanField[] = (
  Object.keys(BOOLEAN_FIELD_TABLE) as BooleanKey[]
).map((key) => ({ key, default: DEFAULT_SCENARIO[key], ...BOOLEAN_FIELD_TABLE[key] }));

const fieldsByKey = new Map(NUMERIC_FIELDS.map((field) => [field.key, field]));

/** The field description of a numeric input. Every NumericKey has one (the table's type says so). */
export function fieldByKey(key: NumericKey): NumericField {
  const field = fieldsByKey.get(key);
  if (field === undefined) throw new Error(`No field description for ${key}`);
  return field;
}
