/**
 * The scenario: every input of the cost model (spec: shared/spec/cost-model.md, "Scenario"). The
 * field table, split by input group under ./fields/, is the one source: it holds each field's
 * label, unit, default, range, step, scale and help, and the Scenario type, DEFAULT_SCENARIO and
 * the field lists that sliders, validation and the link codec read are all derived from it here.
 */
import type { NumberSpec, YesNoSpec } from './fields/field-spec.ts';
import { PEOPLE_FIELDS } from './fields/people.ts';
import { PRICE_CHANGE_FIELDS } from './fields/price-changes.ts';
import { PRICES_A_FIELDS } from './fields/prices-a.ts';
import { PROMPT_A_FIELDS, PROMPT_A_YES_NO } from './fields/prompt-a.ts';
import { QUALITY_FIELDS } from './fields/quality.ts';
import { READINESS_FIELDS } from './fields/readiness.ts';
import {
  DEDICATED_FIELDS,
  SERVING_FIELDS,
  SERVING_MODE_FIELD,
  type ServingMode,
} from './fields/serving.ts';
import { TRAINING_FIELDS } from './fields/training.ts';
import { WORKLOAD_FIELDS } from './fields/workload.ts';

export type { FieldGroup } from './fields/field-spec.ts';
export { SERVING_MODES, type ServingMode } from './fields/serving.ts';

/**
 * Every numeric input in display order, which is also the order links write them in: the groups
 * follow the form (workload, prompt, prices, people, training, serving, dedicated GPUs, price
 * changes, quality).
 */
const NUMBER_TABLE = {
  ...WORKLOAD_FIELDS,
  ...PROMPT_A_FIELDS,
  ...PRICES_A_FIELDS,
  ...PEOPLE_FIELDS,
  ...TRAINING_FIELDS,
  ...SERVING_FIELDS,
  ...DEDICATED_FIELDS,
  ...PRICE_CHANGE_FIELDS,
  ...QUALITY_FIELDS,
};

/** Every yes/no input in display order: prompt caching, then the readiness answers. */
const YES_NO_TABLE = { ...PROMPT_A_YES_NO, ...READINESS_FIELDS };

/** The scenario's numeric fields. */
export type NumericKey = keyof typeof NUMBER_TABLE;

/** The scenario's yes/no fields (the readiness answers and prompt caching). */
export type BooleanKey = keyof typeof YES_NO_TABLE;

/**
 * Every input of the cost model, named as in the spec. Token prices are $ per 1M tokens,
 * fractions are 0..1, hours are engineering hours, money is US dollars; each field's unit and
 * meaning are in the table.
 */
export type Scenario = {
  [K in NumericKey | BooleanKey | 'servingMode']: K extends NumericKey
    ? number
    : K extends BooleanKey
      ? boolean
      : ServingMode;
};

/** One numeric input, as the table gives it, with the optional parts filled in. */
export interface NumericField extends Omit<NumberSpec, 'scale' | 'integer' | 'percent'> {
  key: NumericKey;
  scale: 'linear' | 'log';
  /** Counts, months and token counts: a fraction is rounded to the nearest whole. */
  integer: boolean;
  /** Stored as a fraction, shown ×100 with '%'. */
  percent: boolean;
}

/** One yes/no input. */
export interface BooleanField extends YesNoSpec {
  key: BooleanKey;
}

/** Every numeric input in display order. */
export const NUMERIC_FIELDS: readonly NumericField[] = (
  Object.keys(NUMBER_TABLE) as NumericKey[]
).map((key) => {
  const spec: NumberSpec = NUMBER_TABLE[key];
  const { scale = 'linear', integer = false, percent = false, ...rest } = spec;
  return { key, ...rest, scale, integer, percent };
});

/** Every yes/no input in display order. */
export const BOOLEAN_FIELDS: readonly BooleanField[] = (
  Object.keys(YES_NO_TABLE) as BooleanKey[]
).map((key) => ({ key, ...YES_NO_TABLE[key] }));

function defaultScenario(): Scenario {
  const defaults: Record<string, number | boolean | ServingMode> = {};
  for (const field of NUMERIC_FIELDS) defaults[field.key] = field.default;
  for (const field of BOOLEAN_FIELDS) defaults[field.key] = field.default;
  defaults.servingMode = SERVING_MODE_FIELD.default;
  return defaults as Scenario;
}

/**
 * The spec's defaults, from the table. Price and size fields that the catalog fills hold a
 * GPT-4o-class API model (A) and a Llama-3.1-8B-class model on Together AI (B) until the UI
 * replaces them; version 2's inputs are neutral, so a version-1 scenario gives its version-1 result.
 */
export const DEFAULT_SCENARIO: Scenario = defaultScenario();

const fieldsByKey = new Map(NUMERIC_FIELDS.map((field) => [field.key, field]));

/** The field description of a numeric input. Every NumericKey has one (the table's type says so). */
export function fieldByKey(key: NumericKey): NumericField {
  const field = fieldsByKey.get(key);
  if (field === undefined) throw new Error(`No field description for ${key}`);
  return field;
}
