/**
 * The one rule for a number in a field, whatever brought it: a number box, a link, saved data,
 * the token counter or the model's own what-ifs (sensitivity). Every rule a field has (finite,
 * its valid range, whole numbers for counts, nothing finer than a thousandth of its step) is
 * written here once; callers only phrase the outcome for their place.
 */
import { formatNumber, formatPercent } from './format.ts';
import type { NumericField } from './scenario.ts';

/** What a field made of a number: the value to use, or why there is none. */
export type FieldCheck =
  | { ok: true; value: number; adjusted: null | 'rounded' | 'negligible' }
  | { ok: false; problem: 'not-finite' | 'out-of-range' };

/**
 * A value under a thousandth of the field's step (4.9e-324 requests a day, a price of
 * $0.000001 per million tokens) means nothing to the model or a reader; it is read as 0.
 */
const NEGLIGIBLE_STEPS = 1000;

/** The smallest non-zero magnitude a field takes. */
export function smallestValue(field: NumericField): number {
  return field.step / NEGLIGIBLE_STEPS;
}

/**
 * Finite; a negligible value (see smallestValue) is read as 0; inside the field's valid range
 * (never clamped: a caller that wants the nearest valid value asks nearestAccepted); a
 * whole-number field rounds a fraction rather than refusing it. `adjusted` says what changed, so
 * the caller can say so.
 */
export function checkField(field: NumericField, value: number): FieldCheck {
  if (!Number.isFinite(value)) return { ok: false, problem: 'not-finite' };
  const negligible = value !== 0 && Math.abs(value) < smallestValue(field);
  const used = negligible ? 0 : value;
  if (used < field.min || used > field.max) return { ok: false, problem: 'out-of-range' };
  // min and max of whole-number fields are whole, so rounding stays inside the range.
  if (field.integer && !Number.isInteger(used)) {
    return { ok: true, value: Math.round(used), adjusted: 'rounded' };
  }
  return { ok: true, value: used === 0 ? 0 : used, adjusted: negligible ? 'negligible' : null };
}

/** `value` moved into the field's valid range, nothing else changed (NaN stays NaN). */
export function clampToField(field: NumericField, value: number): number {
  return Math.min(field.max, Math.max(field.min, value));
}

/**
 * The value the field accepts nearest to `value`: moved into the range, then checked (so a count
 * is whole and a negligible value is 0). For values the app computes rather than reads (a count
 * of pasted tokens, a what-if at twice an input); anything not finite gives the field's default.
 */
export function nearestAccepted(field: NumericField, value: number): number {
  const checked = checkField(field, clampToField(field, value));
  return checked.ok ? checked.value : field.default;
}

/**
 * A field's value in a message: percent fields as percents, readable at every magnitude (a share
 * of 1e308 is "1.00e+308 as a fraction", never "Infinity %").
 */
export function showValue(field: NumericField, value: number): string {
  if (!field.percent) return formatNumber(value);
  return Number.isFinite(value * 100)
    ? formatPercent(value)
    : `${formatNumber(value)} as a fraction`;
}

/**
 * What checkField said, as a sentence naming the field: "Epochs must be a whole number; got 2.5.
 * Using 3." — null when the value was used as given. `got` is the given value as the caller can
 * best show it; a refused value is replaced by `fallback`.
 */
export function checkMessage(
  field: NumericField,
  checked: FieldCheck,
  got: string,
  fallback: number,
): string | null {
  const show = (value: number) => showValue(field, value);
  if (checked.ok && checked.adjusted === null) return null;
  const rule = !checked.ok
    ? checked.problem === 'not-finite'
      ? 'must be a finite number'
      : `must be between ${show(field.min)} and ${show(field.max)}`
    : checked.adjusted === 'rounded'
      ? 'must be a whole number'
      : `must be 0 or at least ${show(smallestValue(field))}`;
  const using = !checked.ok
    ? show(fallback)
    : checked.adjusted === 'negligible'
      ? '0'
      : show(checked.value);
  return `${field.label} ${rule}; got ${got}. Using ${using}.`;
}
