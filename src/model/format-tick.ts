/**
 * Axis tick labels: format.ts's compact k/M/B/T spelling with the fewest digits a tick needs.
 * A file of its own only because charts load lazily: format.ts is in the first load.
 */
import { compact } from './format.ts';
import type { Dollars } from './units.ts';

/**
 * Axis ticks, where space is tight: 1234 → "1.2k", 12000 → "12k", 1.5e6 → "1.5M", 950 → "950",
 * 0.25 → "0.25", 3e35 → "3e+35"; not a number → "–".
 */
export function formatTick(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return compact(
    value,
    (m) => (m >= 10 ? 0 : m >= 1 ? 1 : 2),
    (v) => `${v < 0 ? '-' : ''}${Number(Math.abs(v).toExponential(1)).toExponential()}`,
  );
}

/** Dollars for an axis tick: 0 → "$0", 12000 → "$12k", 1.2e6 → "$1.2M", -5000 → "-$5k". */
export function formatMoneyTick(value: Dollars): string {
  if (!Number.isFinite(value)) return '–';
  const text = formatTick(value);
  return text.startsWith('-') ? `-$${text.slice(1)}` : `$${text}`;
}
