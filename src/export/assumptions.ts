/**
 * The assumptions behind an export, one row each — name, value, unit, source — so a CSV or an
 * image read alone still says what its numbers rest on. Pure; reads the catalog's provenance.
 */
import { apiModel } from '../catalog/api-models.ts';
import { baseModel } from '../catalog/base-models.ts';
import type { CatalogSelection } from '../catalog/fields.ts';
import { isOverride } from '../catalog/overrides.ts';
import { gpu } from '../catalog/gpus.ts';
import { apiModelLabel } from '../catalog/model-label.ts';
import { catalogFieldSources, type CatalogFieldSource } from '../catalog/field-sources.ts';
import { formatFieldValue, shownNumber, shownUnit } from '../model/field-format.ts';
import {
  DEFAULT_SCENARIO,
  NUMERIC_FIELDS,
  type NumericKey,
  type Scenario,
} from '../model/scenario.ts';

export interface Assumption {
  name: string;
  /** A number in the unit given (percentages as 0–100), or a name. */
  value: number | string;
  unit: string;
  /** Where the value comes from: the catalog's source and date, the default, or the user. */
  source: string;
}

/** The chosen models and serving, then every numeric input in the form's order. */
export function scenarioAssumptions(scenario: Scenario, selection: CatalogSelection): Assumption[] {
  const sources: Partial<Record<NumericKey, CatalogFieldSource>> = catalogFieldSources(selection);
  const catalog = 'catalog';
  const rows: Assumption[] = [
    {
      name: 'API model (A)',
      value: apiModelLabel(apiModel(selection.apiModelId)),
      unit: '',
      source: catalog,
    },
    {
      name: 'Open base model (B and C)',
      value: baseModel(selection.baseModelId).name,
      unit: '',
      source: catalog,
    },
    {
      name: 'Serving (B and C)',
      value:
        scenario.servingMode === 'dedicated'
          ? `Dedicated GPUs: ${gpu(selection.gpuId).name}`
          : 'Serverless, per token',
      unit: '',
      source: 'chosen',
    },
    {
      name: 'Training (B)',
      value:
        selection.trainingOption === 'managed'
          ? 'Managed LoRA service'
          : `Self-hosted LoRA on ${gpu(selection.gpuId).name}`,
      unit: '',
      source: 'chosen',
    },
    {
      name: 'Prompt caching (A)',
      value: scenario.promptCaching ? 'On' : 'Off',
      unit: '',
      source: 'chosen',
    },
  ];
  for (const field of NUMERIC_FIELDS) {
    const value = scenario[field.key];
    const source = sources[field.key];
    const was = source?.value ?? DEFAULT_SCENARIO[field.key];
    const origin = source
      ? `${source.estimate ? 'estimate: ' : ''}${source.source}, ${source.date}`
      : 'default';
    rows.push({
      name: field.label,
      // Shares as percents; other values exactly as stored, every digit kept.
      value: field.percent ? shownNumber(field, value) : value,
      unit: shownUnit(field),
      source: isOverride(value, was)
        ? `edited; ${source ? 'catalog' : 'default'} value ${formatFieldValue(field, was)}`
        : origin,
    });
  }
  return rows;
}
