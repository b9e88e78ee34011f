/**
 * Cost per request for the key figures: three significant figures on every line, so A's, B's and
 * C's costs line up digit for digit ("$0.00875", "$0.000412", "$1.20"); formatUsd switches between
 * cents and significant digits, which would put "$0.01" beside "$0.00412".
 */
import { fixedDigits } from '../model/digits.ts';
import { formatUsd } from '../model/format.ts';

const SIGNIFICANT = 3;

/** "$0.00875"; from $100 up whole dollars ("$1,250"); null (no request to share a bill) → null. */
export function formatPerRequest(value: number | null): string | null {
  if (value === null || !Number.isFinite(value)) return null;
  const size = Math.abs(value);
  if (size === 0 || size >= 100) return formatUsd(value);
  const decimals = Math.max(2, SIGNIFICANT - 1 - Math.floor(Math.log10(size)));
  const text = fixedDigits(size, decimals);
  return `${value < 0 ? '-' : ''}$${text}`;
}
