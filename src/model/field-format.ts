/**
 * A field's value as a slider shows it, with its unit: "1.2M requests/day", "80%", "$2.50/M tokens".
 * Built on format.ts so the page and the model's own sentences write numbers the same way.
 */
import { compactDigits } from './digits.ts';
import { formatNumber, formatUsd } from './format.ts';
import type { NumericField } from './scenario.ts';

/** A count as people read it: 950, 3,000, 12,000, then 1.2M. */
export function formatQuantity(value: number): string {
  return Math.abs(value) >= 1_000_000 ? compactDigits(value) : formatNumber(value);
}

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
  if (field.percent) return `${formatNumber(Number((value * 100).toPrecision(12)))}%`;
  const unit = field.unit;
  if (unit.startsWith('$/')) return `${formatUsd(value)}/${unit.slice(2)}`;
  if (unit === '$') return formatUsd(value);
  if (unit === '×') return `${formatNumber(value)}×`;
  const singular = value === 1 ? SINGULAR[unit] : undefined;
  return `${formatQuantity(value)} ${singular ?? unit}`;
}

/**
 * Money at a glance: "$0.0042" per request, "$512.40", "$12.3k" a month, "$1.2M" in total.
 * Below $1,000 it is formatUsd's precision; above, one decimal of thousands or millions.
 */
export function formatUsdShort(value: number): string {
  if (Math.abs(value) < 1000) return formatUsd(value);
  const text = compactDigits(Math.abs(value)).replace('K', 'k');
  return `${value < 0 ? '-' : ''}$${text}`;
}
