/**
 * Named starting points a product manager recognises. Each is a partial scenario on top of the
 * defaults plus a catalog selection, so prices always come from the catalog; the listed
 * assumptions are generated from the same values, so the text cannot drift from the numbers.
 */
import { apiModel } from '../catalog/api-models.ts';
import { baseModel } from '../catalog/base-models.ts';
import { DEFAULT_SELECTION, type CatalogSelection } from '../catalog/fields.ts';
import { catalogFields, overriddenFields } from '../catalog/field-sources.ts';
import { formatFieldValue } from '../model/field-format.ts';
import { DEFAULT_SCENARIO, fieldByKey, type NumericKey, type Scenario } from '../model/scenario.ts';
import { validateScenario } from '../model/validate.ts';
import type { Inputs } from './store.ts';

export interface Preset {
  id: string;
  name: string;
  /** Why this scenario looks the way it does, in one or two sentences. */
  description: string;
  scenario: Partial<Scenario>;
  selection: CatalogSelection;
}

/** Presets start this month, like a fresh scenario. */
const MANAGED_ON_H100 = {
  gpuId: 'h100',
  trainingOption: 'managed',
  startMonth: DEFAULT_SELECTION.startMonth,
} as const;

export const PRESETS: readonly Preset[] = [
  {
    id: 'support-bot',
    name: 'Customer-support bot, 50k requests/day',
    description:
      'A chat assistant that answers customers from a long prompt of policies and worked replies. Volume grows a little each month; policies change, so a fine-tuned model is retrained every quarter and hard questions still go to the API model. A wrong answer becomes a ticket for a human agent (about $5); both models are assumed to fail equally often until an evaluation says otherwise.',
    scenario: {
      requestsPerDay: 50_000,
      monthlyGrowth: 0.03,
      horizonMonths: 12,
      inputTokens: 600,
      outputTokens: 250,
      systemPromptTokens: 2_500,
      fewShotExamples: 8,
      fewShotTokensPerExample: 350,
      cacheHitRate: 0.9,
      residualPromptTokens: 300,
      trainingExamples: 5_000,
      trainingTokensPerExample: 900,
      retrainEveryMonths: 3,
      fallbackRate: 0.05,
      failureCost: 5,
      failureRateA: 0.04,
      failureRateB: 0.04,
      triedPromptEngineering: true,
    },
    selection: { apiModelId: 'claude-sonnet-5', baseModelId: 'llama-3.1-8b', ...MANAGED_ON_H100 },
  },
  {
    id: 'document-classification',
    name: 'Document classification batch',
    description:
      'About 200,000 documents a month, each sorted into one of a fixed set of labels. Long inputs, one-word answers, a stable label set retrained once a year. A misfiled document costs a reviewer about a dollar; both models are assumed to misfile equally often until measured.',
    scenario: {
      requestsPerDay: 6_700,
      monthlyGrowth: 0,
      horizonMonths: 12,
      inputTokens: 1_500,
      outputTokens: 10,
      systemPromptTokens: 900,
      fewShotExamples: 20,
      fewShotTokensPerExample: 400,
      cacheHitRate: 0.95,
      residualPromptTokens: 50,
      trainingExamples: 3_000,
      trainingTokensPerExample: 1_600,
      retrainEveryMonths: 12,
      fallbackRate: 0.02,
      failureCost: 1,
      failureRateA: 0.03,
      failureRateB: 0.03,
      triedPromptEngineering: true,
    },
    selection: { apiModelId: 'gpt-5.6-terra', baseModelId: 'qwen-2.5-7b', ...MANAGED_ON_H100 },
  },
  {
    id: 'internal-tool',
    name: 'Internal tool, 500 requests/day',
    description:
      'A helper used by one team: a short prompt, modest volume and a small set of examples. The kind of case where fine-tuning rarely pays for the engineering it needs.',
    scenario: {
      requestsPerDay: 500,
      monthlyGrowth: 0.05,
      horizonMonths: 12,
      inputTokens: 800,
      outputTokens: 400,
      systemPromptTokens: 1_200,
      fewShotExamples: 3,
      fewShotTokensPerExample: 300,
      cacheHitRate: 0.6,
      residualPromptTokens: 150,
      trainingExamples: 1_000,
      trainingTokensPerExample: 800,
      engineeringHoursInitial: 80,
      retrainEveryMonths: 6,
    },
    selection: { apiModelId: 'claude-sonnet-5', baseModelId: 'llama-3.1-8b', ...MANAGED_ON_H100 },
  },
  {
    id: 'extraction-at-scale',
    name: 'Structured extraction at scale, 1M requests/day',
    description:
      'Pulling fields out of short messages at high volume, served on dedicated GPUs at 60% utilisation. Few rare cases fall back to the API model.',
    scenario: {
      requestsPerDay: 1_000_000,
      monthlyGrowth: 0.02,
      horizonMonths: 12,
      inputTokens: 400,
      outputTokens: 120,
      systemPromptTokens: 1_800,
      fewShotExamples: 10,
      fewShotTokensPerExample: 250,
      cacheHitRate: 0.9,
      residualPromptTokens: 100,
      trainingExamples: 10_000,
      trainingTokensPerExample: 600,
      retrainEveryMonths: 6,
      servingMode: 'dedicated',
      targetUtilization: 0.6,
      fallbackRate: 0.01,
      triedPromptEngineering: true,
    },
    selection: { apiModelId: 'gpt-6-sol', baseModelId: 'llama-3.1-8b', ...MANAGED_ON_H100 },
  },
];

/** The preset as a complete scenario: defaults, then the selection's catalog prices, then its own values. */
export function presetScenario(preset: Preset): Scenario {
  return { ...DEFAULT_SCENARIO, ...catalogFields(preset.selection), ...preset.scenario };
}

/** Everything the store needs to load a preset; validated, so a bad preset cannot slip in. */
export function presetInputs(preset: Preset): Inputs {
  const { scenario } = validateScenario(presetScenario(preset));
  return {
    scenario,
    selection: preset.selection,
    overrides: overriddenFields(scenario, preset.selection),
    name: preset.name,
  };
}

/** The preset's assumptions in words: its models, then every value it sets. */
export function presetAssumptions(preset: Preset): string[] {
  const lines = [
    `Prompting: ${apiModel(preset.selection.apiModelId).name}`,
    `Fine-tuning: ${baseModel(preset.selection.baseModelId).name}, served ${
      preset.scenario.servingMode === 'dedicated' ? 'on dedicated GPUs' : 'per token'
    }`,
  ];
  for (const [key, value] of Object.entries(preset.scenario)) {
    if (typeof value !== 'number') continue;
    const field = fieldByKey(key as NumericKey);
    lines.push(`${field.label}: ${formatFieldValue(field, value)}`);
  }
  if (preset.scenario.triedPromptEngineering) lines.push('Prompt engineering already tried');
  return lines;
}
