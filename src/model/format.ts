/**
 * Every number the page writes, in one place: money, compact money, counts, percentages, months,
 * cost per request, ROI and break-even. Figures, notices, chart axes and summaries, exports, the
 * memo and the formulas panel all call these, so one figure is spelt one way everywhere. Pure and
 * locale-fixed (en-US, digits.ts): a sentence reads the same on every machine.
 *
 * Spellings: "80%" (no space, as the sliders and number boxes have always read and typed it),
 * "$12.3k" / "1.2M" (a lower-case k, as SI writes it), "1 month" / "4.2 months".
 */
import { EXPONENT_FROM, fixedDigits, significantDigits, upToDigits } from './digits.ts';
import type { Dollars, Fraction, Months } from './units.ts';

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
  if (Math.abs(value) >= EXPONENT_FROM) return value.toExponential(2);
  if (value !== 0 && Math.abs(value) < 0.01) return significantDigits(value, 3);
  return upToDigits(value, 2);
}

/** A count rounded to a whole number with separators: 41012.7 → "41,013". */
export function formatCount(value: number): string {
  const special = nonFinite(value);
  if (special !== null) return special;
  if (Math.abs(value) >= EXPONENT_FROM) return value.toExponential(2);
  return upToDigits(value, 0);
}

/** A count and its noun, singular for exactly one: "1 GPU", "2,000 futures". */
export function formatCountOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : plural}`;
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
  if (size >= EXPONENT_FROM) digits = size.toExponential(2);
  else if (size >= 100) digits = upToDigits(size, 0);
  else if (size >= 0.01 || size === 0) digits = fixedDigits(size, 2);
  else digits = significantDigits(size, 3);
  return `${sign}$${digits}`;
}

/**
 * A fraction as a percentage, at most 2 decimals: 0.8 → "80%", 0.125 → "12.5%". The binary noise
 * of ×100 (0.07 × 100 = 7.000000000000001) is dropped first.
 */
export function formatPercent(value: Fraction): string {
  return `${formatNumber(Number((value * 100).toPrecision(12)))}%`;
}

/**
 * A share of outcomes as a whole percentage, never rounded onto a certainty it is not:
 * 0.64 → "64%", 0.003 → "under 1%", 0.996 → "over 99%", 0 → "0%", 1 → "100%".
 */
export function formatChance(share: Fraction): string {
  if (share > 0 && share < 0.01) return 'under 1%';
  if (share < 1 && share > 0.99) return 'over 99%';
  return `${Math.round(share * 100)}%`;
}

/** Return on investment as a whole percentage, "n/a" without an investment: 1.234 → "123%". */
export function formatRoi(roi: Fraction | null): string {
  return roi === null ? 'n/a' : `${formatCount(roi * 100)}%`;
}

/** Months with one decimal and the right noun: 1 → "1 month", 4.24 → "4.2 months". */
export function formatMonths(value: Months): string {
  const rounded = Math.round(value * 10) / 10;
  return `${formatNumber(rounded)} ${rounded === 1 ? 'month' : 'months'}`;
}

/** The first month in which B's running total is below A's: "Month 7", or "None". */
export function formatBreakEvenMonth(month: number | null): string {
  return month === null ? 'None' : `Month ${month}`;
}

/** When B has paid for itself: "pays back after 4.2 months", or "not within 12 months". */
export function formatPayback(paybackMonths: Months | null, horizonMonths: Months): string {
  return paybackMonths === null
    ? `not within ${formatMonths(horizonMonths)}`
    : `pays back after ${formatMonths(paybackMonths)}`;
}

/**
 * A break-even volume in requests per day, written the same everywhere it appears (the verdict,
 * the key figure, the volume chart's marker and summary, the comparison): the nearest whole
 * request with separators, "16,550". The model finds it to within 0.5 %, so no rounding rule is
 * more exact than another; one rule keeps the figures from disagreeing in the last digit.
 */
export const formatBreakEvenVolume: (requestsPerDay: number) => string = formatCount;

/** The break-even volume with its unit, "16,550 requests/day", or "None". */
export function formatBreakEvenVolumeText(requestsPerDay: number | null): string {
  return requestsPerDay === null ? 'None' : `${formatBreakEvenVolume(requestsPerDay)} requests/day`;
}

const PER_REQUEST_SIGNIFICANT = 3;

/**
 * Cost per request: three significant figures on every line, so A's, B's and C's costs line up
 * digit for digit ("$0.00875", "$0.000412", "$1.20"), where formatUsd would put "$0.01" beside
 * "$0.00412"; from $100 up whole dollars ("$1,250"). No request to share a bill (null): "no
 * requests".
 */
export function formatPerRequest(value: Dollars | null): string {
  if (value === null || !Number.isFinite(value)) return 'no requests';
  const size = Math.abs(value);
  if (size === 0 || size >= 100) return formatUsd(value);
  const decimals = Math.max(2, PER_REQUEST_SIGNIFICANT - 1 - Math.floor(Math.log10(size)));
  return `${value < 0 ? '-' : ''}$${fixedDigits(size, decimals)}`;
}

/** The units of compact notation: the i-th letter stands for 1,000^i. */
const COMPACT_UNITS = ' kMBT';

/**
 * |value| in k, M, B or T with `decimals(mantissa)` decimals, trailing zeros dropped. A number
 * moves up a unit once it would round to 1,000 in its own ("1M", never "1,000k"); past "999.9T"
 * `exponent` writes it, as digits stop meaning anything to a reader there. format-tick.ts shares it.
 */
export function compact(
  value: number,
  decimals: (mantissa: number) => number,
  exponent: (value: number) => string,
): string {
  const size = Math.abs(value);
  let text = upToDigits(size, decimals(size));
  let power = 0;
  // Far past "999.9T" the digits are toFixed's own exponent text, so the size decides there.
  while (size < EXPONENT_FROM * 10 && Number(text.replace(/,/g, '')) >= 1000) {
    if (++power === COMPACT_UNITS.length) return exponent(value);
    const mantissa = size / 1000 ** power;
    text = upToDigits(mantissa, decimals(mantissa));
  }
  if (size >= EXPONENT_FROM * 10) return exponent(value);
  return `${value < 0 && /[1-9]/.test(text) ? '-' : ''}${text}${COMPACT_UNITS[power]?.trim() ?? ''}`;
}

/**
 * A number at a glance, one decimal: 1,234,567 → "1.2M", 12,300 → "12.3k", 950 → "950"; from
 * ~1e15 on, exponent notation: 3.8e35 → "3.80e+35".
 */
export function formatCompact(value: number): string {
  return compact(
    value,
    () => 1,
    (v) => v.toExponential(2),
  );
}

/** A count as people read it: 950, 3,000, 12,000, then 1.2M. */
export function formatQuantity(value: number): string {
  return Math.abs(value) >= 1_000_000 ? formatCompact(value) : formatNumber(value);
}

/**
 * Money at a glance: "$0.0042" per request, "$512.40", "$12.3k" a month, "$1.2M" in total.
 * Below $1,000 it is formatUsd's precision; above, one decimal of thousands or millions.
 */
export function formatUsdShort(value: Dollars): string {
  if (Math.abs(value) < 1000) return formatUsd(value);
  return `${value < 0 ? '-' : ''}$${formatCompact(Math.abs(value))}`;
}
