/**
 * A field's value as a slider shows it, with its unit: "1.2M requests/day", "80%", "$2.50/M tokens".
 * Only picks the format for the field's unit; the numbers themselves are written by format.ts.
 */
import { formatNumber, formatPercent, formatQuantity, formatUsd } from './format.ts';
import type { NumericField } from './scenario.ts';

/** Units that are plural nouns, and their singular: "1 GPU", not "1 GPUs". */
const SINGULAR: Readonly<Record<string, string>> = {
  GPUs: 'GPU',
  months: 'month',
  examples: 'example',
  passes: 'pass',
  runs: 'run',
  tokens: 'token',
};

/** Shares are stored as fractions and shown ×100: what a stored value is multiplied by to show it. */
export function shownFactor(field: NumericField): number {
  return field.percent ? 100 : 1;
}

/** The unit a box or a table writes after a field's shown number: '%' for shares. */
export function shownUnit(field: NumericField): string {
  return field.percent ? '%' : field.unit;
}

/** A stored value as a number a person reads or types (shares ×100), without binary noise. */
export function shownNumber(field: NumericField, value: number): number {
  return Number((value * shownFactor(field)).toPrecision(12));
}

/** Fractions marked as percent are shown ×100; prices keep cents or significant digits. */
export function formatFieldValue(field: NumericField, value: number): string {
  if (field.percent) return formatPercent(value);
  const unit = field.unit;
  if (unit.startsWith('$/')) return `${formatUsd(value)}/${unit.slice(2)}`;
  if (unit === '$') return formatUsd(value);
  if (unit === '×') return `${formatNumber(value)}×`;
  const singular = value === 1 ? SINGULAR[unit] : undefined;
  return `${formatQuantity(value)} ${singular ?? unit}`;
}
