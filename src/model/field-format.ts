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
