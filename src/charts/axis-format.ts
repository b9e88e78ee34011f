/**
 * Short number labels for axis ticks, where space is tight: "$12k", "$1.2M", "10M". Tooltips and
 * sentences use formatUsdShort (src/model/field-format.ts), tables the exact formatUsd.
 */
import { EXPONENT_FROM } from '../model/digits.ts';

const UNITS: ReadonlyArray<readonly [number, string]> = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** Scales |value| to k/M/B/T and formats the mantissa with `digits(mantissa)` decimals. */
function compact(value: number, digits: (mantissa: number) => number): string {
  if (!Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  // Past a thousand trillion, k/M/B/T would need "300,000,000,000,000,000,000T": exponents, as
  // short as a tick allows ("3e+35", "2.5e+35").
  // (From 999.5T up, a whole number of T would round to "1000T".)
  if (abs >= EXPONENT_FROM * 0.9995)
    return `${sign}${Number(abs.toExponential(1)).toExponential()}`;
  for (const [size, suffix] of UNITS) {
    const mantissa = abs / size;
    // Round first, so 999,960 reads "1M" rather than "1000k".
    if (Number(mantissa.toFixed(digits(mantissa))) >= 1) {
      return `${sign}${strip(mantissa, digits(mantissa))}${suffix}`;
    }
  }
  return `${sign}${strip(abs, digits(abs))}`;
}

function strip(x: number, digits: number): string {
  return Number(x.toFixed(digits)).toString();
}

/**
 * Axis ticks: 1234 → "1.2k", 12000 → "12k", 1.5e6 → "1.5M", 950 → "950", 0.25 → "0.25",
 * 3e35 → "3e+35".
 */
export function compactNumber(value: number): string {
  return compact(value, (m) => (m >= 10 ? 0 : m >= 1 ? 1 : 2));
}

/** Dollars for an axis tick: 0 → "$0", 12000 → "$12k", 1.2e6 → "$1.2M", -5000 → "-$5k". */
export function compactMoney(value: number): string {
  return Number.isFinite(value) ? withDollar(compactNumber(value)) : '–';
}

function withDollar(text: string): string {
  return text.startsWith('-') ? `-$${text.slice(1)}` : `$${text}`;
}

/** Powers of ten covering [min, max] (both > 0), for a log axis: 30..4000 → [10, 100, 1000, 10000]. */
export function powersOfTen(min: number, max: number): number[] {
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  if (!(lo > 0) || !Number.isFinite(hi)) return [];
  const from = Math.floor(Math.log10(lo) + 1e-9);
  const to = Math.max(from, Math.ceil(Math.log10(hi) - 1e-9));
  const ticks: number[] = [];
  for (let e = from; e <= to; e += 1) ticks.push(Number((10 ** e).toPrecision(1)));
  return ticks;
}
