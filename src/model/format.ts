/**
 * Plain-language number formatting for the model's own sentences (validation problems, the
 * advisor). Pure and locale-fixed (en-US), so a sentence reads the same on every machine; the UI
 * may reuse it.
 */
import { EXPONENT_FROM, fixedDigits, significantDigits, upToDigits } from './digits';
import type { Dollars, Fraction, Months } from './units';

/** Beyond this, digits stop meaning anything to a reader and exponent notation is clearer. */
const HUGE = EXPONENT_FROM;

function nonFinite(value: number): string | null {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '-Infinity';
  return null;
}

/**
 * A number with thousands separators, at most 2 decimals: 10000 → "10,000", 0.485 → "0.49",
 * -5 → "-5". Tiny non-zero values keep 3 significant digits (0.00042 → "0.00042") so they never
 * read as 0; NaN and ±Infinity are spelled out; beyond 1e15 exponent notation ("1.2e+20").
 */
export function formatNumber(value: number): string {
  const special = nonFinite(value);
  if (special !== null) return special;
  if (Math.abs(value) >= HUGE) return value.toExponential(2);
  if (value !== 0 && Math.abs(value) < 0.01) return significantDigits(value, 3);
  return upToDigits(value, 2);
}

/** A count rounded to a whole number with separators: 41012.7 → "41,013". */
export function formatCount(value: number): string {
  const special = nonFinite(value);
  if (special !== null) return special;
  if (Math.abs(value) >= HUGE) return value.toExponential(2);
  return upToDigits(value, 0);
}

/**
 * US dollars: whole dollars from $100 up ("$182,400"), cents below ("$12.50"), 3 significant
 * digits below one cent ("$0.00875"); negative as "-$1,200".
 */
export function formatUsd(value: Dollars): string {
  const special = nonFinite(value);
  if (special !== null) return special;
  const sign = value < 0 ? '-' : '';
  const size = Math.abs(value);
  let digits: string;
  if (size >= HUGE) digits = size.toExponential(2);
  else if (size >= 100) digits = upToDigits(size, 0);
  else if (size >= 0.01 || size === 0) digits = fixedDigits(size, 2);
  else digits = significantDigits(size, 3);
  return `${sign}$${digits}`;
}

/** A fraction as a percentage: 0.8 → "80 %", 0.125 → "12.5 %". */
export function formatPercent(value: Fraction): string {
  return `${formatNumber(value * 100)} %`;
}

/** Months with one decimal and the right noun: 1 → "1 month", 4.24 → "4.2 months". */
export function formatMonths(value: Months): string {
  const rounded = Math.round(value * 10) / 10;
  return `${formatNumber(rounded)} ${rounded === 1 ? 'month' : 'months'}`;
}

/**
 * A break-even volume in requests per day, written the same everywhere it appears (the verdict,
 * the key figure, the volume chart's marker and summary, the comparison): the nearest whole
 * request with separators, "16,550". The model finds it to within 0.5 %, so no rounding rule is
 * more exact than another; one rule keeps the figures from disagreeing in the last digit.
 */
export function formatBreakEvenVolume(requestsPerDay: number): string {
  return formatCount(requestsPerDay);
}
