/**
 * Turns anything (a decoded URL, saved JSON, a test's random value) into a valid Scenario and
 * says in plain words what it had to change. Ranges and defaults come from the field table.
 */
import { checkField, checkMessage, showValue } from './field-check.ts';
import { SERVING_MODE_FIELD, type ServingMode } from './fields/serving.ts';
import { formatNumber } from './format.ts';
import {
  BOOLEAN_FIELDS,
  DEFAULT_SCENARIO,
  NUMERIC_FIELDS,
  type BooleanField,
  type NumericField,
  type Scenario,
} from './scenario.ts';

/** One input that was missing or unusable: its key and a sentence for a product manager. */
export interface Problem {
  /** The Scenario key, or 'scenario' when the input as a whole was unusable. */
  field: string;
  message: string;
}

/**
 * Never throws. Each missing, wrongly typed, non-finite or out-of-range field is replaced by its
 * default; a non-whole value in a whole-number field (counts, months, tokens) is rounded to the
 * nearest whole instead, which is friendlier than discarding it. Every change is named in
 * `problems`. Keys that are not Scenario fields are ignored without a problem, so a caller may
 * pass a larger object. Anything that is not a plain object gives the defaults and one problem.
 */
export function validateScenario(input: unknown): { scenario: Scenario; problems: Problem[] } {
  try {
    return validateRecord(input);
  } catch {
    // Only an exotic input (a Proxy or a throwing getter) gets here; the promise is "never throws".
    return allDefaults('The scenario could not be read. Using the defaults for every input.');
  }
}

function validateRecord(input: unknown): { scenario: Scenario; problems: Problem[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return allDefaults(
      `Expected a set of named inputs; got ${describe(input)}. Using the defaults for every input.`,
    );
  }
  const record = input as Record<string, unknown>;
  const read = (key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);
  const scenario: Scenario = { ...DEFAULT_SCENARIO };
  const problems: Problem[] = [];
  const report = (field: string, message: string | null) => {
    if (message !== null) problems.push({ field, message });
  };

  for (const field of NUMERIC_FIELDS) {
    const { value, message } = checkNumber(field, read(field.key));
    scenario[field.key] = value;
    report(field.key, message);
  }
  for (const field of BOOLEAN_FIELDS) {
    const { value, message } = checkBoolean(field, read(field.key));
    scenario[field.key] = value;
    report(field.key, message);
  }
  const mode = checkServingMode(read('servingMode'));
  scenario.servingMode = mode.value;
  report('servingMode', mode.message);
  return { scenario, problems };
}

function allDefaults(message: string): { scenario: Scenario; problems: Problem[] } {
  return { scenario: { ...DEFAULT_SCENARIO }, problems: [{ field: 'scenario', message }] };
}

interface Checked<T> {
  value: T;
  message: string | null;
}

function checkNumber(field: NumericField, raw: unknown): Checked<number> {
  const fallback = (problem: string) => ({
    value: field.default,
    message: `${field.label} ${problem}. Using ${showValue(field, field.default)}.`,
  });
  if (raw === undefined) return fallback('is missing');
  if (typeof raw !== 'number') return fallback(`must be a number; got ${describe(raw)}`);
  const checked = checkField(field, raw);
  const got = Number.isFinite(raw) ? showValue(field, raw) : formatNumber(raw);
  return {
    value: checked.ok ? checked.value : field.default,
    message: checkMessage(field, checked, got, field.default),
  };
}

function checkBoolean(field: BooleanField, raw: unknown): Checked<boolean> {
  if (typeof raw === 'boolean') return { value: raw, message: null };
  const problem = raw === undefined ? 'is missing' : `must be yes or no; got ${describe(raw)}`;
  const using = field.default ? 'yes' : 'no';
  return { value: field.default, message: `"${field.label}" ${problem}. Using ${using}.` };
}

function checkServingMode(raw: unknown): Checked<ServingMode> {
  const { label, options, default: fallback } = SERVING_MODE_FIELD;
  const mode = options.find((candidate) => candidate === raw);
  if (mode !== undefined) return { value: mode, message: null };
  const problem =
    raw === undefined
      ? 'is missing'
      : `must be ${options.map((m) => `"${m}"`).join(' or ')}; got ${describe(raw)}`;
  return { value: fallback, message: `${label} ${problem}. Using ${fallback}.` };
}

/** A short, safe description of an unexpected value for a message. */
function describe(value: unknown): string {
  if (value === null) return 'an empty value';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `the text "${value.slice(0, 40)}…"` : `the text "${value}"`;
    case 'number':
      return formatNumber(value);
    case 'boolean':
      return value ? 'yes' : 'no';
    case 'object':
      return 'a group of values';
    default:
      return `a ${typeof value}`;
  }
}
