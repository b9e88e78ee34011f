/**
 * Which inputs of a scenario differ from a baseline (the defaults, with today's catalog values
 * for the chosen models), each written "old → new" the way its control shows it. Pure: the
 * caller builds the baseline; this only compares and formats.
 */
import { formatFieldValue } from './field-format.ts';
import {
  BOOLEAN_FIELDS,
  NUMERIC_FIELDS,
  type BooleanKey,
  type NumericKey,
  type Scenario,
} from './scenario.ts';

export interface ChangedInput {
  /** The scenario field, so the page can take the reader to its control. */
  key: NumericKey | BooleanKey | 'servingMode';
  label: string;
  /** The baseline's value and the scenario's, as their controls show them. */
  from: string;
  to: string;
}

/**
 * Whether two values differ beyond the rounding a link's decimal text can introduce: the same
 * relative tolerance as the catalog's override check, so a value read back from a link is
 * never reported as changed.
 */
function differs(value: number, baseline: number): boolean {
  const scale = Math.max(1, Math.abs(value), Math.abs(baseline));
  return Math.abs(value - baseline) > 1e-9 * scale;
}

const SERVING = { serverless: 'Serverless, per token', dedicated: 'Dedicated GPUs' } as const;

/** "On"/"Off" for prompt caching, "Yes"/"No" for the readiness answers. */
function yesNo(key: BooleanKey, value: boolean): string {
  if (key === 'promptCaching') return value ? 'On' : 'Off';
  return value ? 'Yes' : 'No';
}

/**
 * Every input of `scenario` that differs from `baseline`, in the form's order: the numbers, then
 * the serving mode, prompt caching and the readiness answers. Empty when nothing differs.
 */
export function changedInputs(scenario: Scenario, baseline: Scenario): ChangedInput[] {
  const changes: ChangedInput[] = [];
  for (const field of NUMERIC_FIELDS) {
    const value = scenario[field.key];
    const before = baseline[field.key];
    if (differs(value, before)) {
      changes.push({
        key: field.key,
        label: field.label,
        from: formatFieldValue(field, before),
        to: formatFieldValue(field, value),
      });
    }
  }
  if (scenario.servingMode !== baseline.servingMode) {
    changes.push({
      key: 'servingMode',
      label: 'Serving the fine-tuned model',
      from: SERVING[baseline.servingMode],
      to: SERVING[scenario.servingMode],
    });
  }
  for (const field of BOOLEAN_FIELDS) {
    if (scenario[field.key] !== baseline[field.key]) {
      changes.push({
        key: field.key,
        label: field.label,
        from: yesNo(field.key, baseline[field.key]),
        to: yesNo(field.key, scenario[field.key]),
      });
    }
  }
  return changes;
}
