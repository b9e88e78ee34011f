/**
 * The simulation's settings in a link: the seed and every range the user changed, so whoever
 * opens it sees the same percentages. Only what differs from the defaults is written, and a link
 * without these keys (every link made before they existed) simulates the default ranges with the
 * default seed — so old links keep showing exactly what they showed. Never throws.
 */
import { RANGED_KEYS, type Range } from '../model/risk-draws.ts';
import { DEFAULT_RISK, type RangeSettings, type RiskSettings } from '../model/risk-settings.ts';
import { fieldByKey } from '../model/scenario.ts';
import type { Problem } from '../model/validate.ts';
import { SCENARIO_KEYS } from './keys.ts';
import type { LinkParams } from './migrate.ts';
import { quote } from '../model/quote.ts';
import { readNumber } from './field-parsers.ts';

/** `seed=42`; `r.rpd=5000~40000` (low~high) or `r.rpd=off` (certain), keyed by the field's key. */
export const RISK_KEYS = { seed: 'seed', rangePrefix: 'r.', certain: 'off', between: '~' } as const;

const MAX_SEED = 4_294_967_295;

/** The link pairs of the risk settings, seed first, then ranges in the simulation's order. */
export function riskPairs(risk: RiskSettings): [string, string][] {
  const pairs: [string, string][] = [];
  if (risk.seed !== DEFAULT_RISK.seed) pairs.push([RISK_KEYS.seed, String(risk.seed)]);
  for (const key of RANGED_KEYS) {
    const range = risk.ranges[key];
    if (range === undefined) continue;
    const value =
      range === null ? RISK_KEYS.certain : `${range.low}${RISK_KEYS.between}${range.high}`;
    pairs.push([RISK_KEYS.rangePrefix + SCENARIO_KEYS[key], value]);
  }
  return pairs;
}

/** Reads the risk settings of one scenario's parameters; anything unusable falls back to default. */
export function readRisk(params: LinkParams): { risk: RiskSettings; problems: Problem[] } {
  const problems: Problem[] = [];
  const seed = readSeed(params.get(RISK_KEYS.seed));
  if (seed.message !== null) problems.push({ field: 'seed', message: seed.message });
  const ranges: RangeSettings = {};
  for (const key of RANGED_KEYS) {
    const text = params.get(RISK_KEYS.rangePrefix + SCENARIO_KEYS[key]);
    if (text === undefined) continue;
    const range = readRange(key, text);
    if (range === undefined) {
      const field = fieldByKey(key);
      const shown = text === null ? 'could not be read' : `${quote(text)} is not a range`;
      problems.push({
        field: `ranges.${key}`,
        message: `The range of ${field.label.toLowerCase()}: ${shown}; the default range was used.`,
      });
    } else {
      ranges[key] = range;
    }
  }
  const unchanged = seed.value === DEFAULT_RISK.seed && Object.keys(ranges).length === 0;
  return { risk: unchanged ? DEFAULT_RISK : { ranges, seed: seed.value }, problems };
}

function readSeed(text: string | null | undefined): { value: number; message: string | null } {
  if (text === undefined) return { value: DEFAULT_RISK.seed, message: null };
  const value = text !== null && /^\d{1,10}$/.test(text) ? Number(text) : -1;
  if (value >= 0 && value <= MAX_SEED) return { value, message: null };
  const got = text === null ? 'could not be read' : `${quote(text)} is not valid`;
  return {
    value: DEFAULT_RISK.seed,
    message: `The simulation's seed ${got} (a whole number from 0 to ${MAX_SEED}); seed ${DEFAULT_RISK.seed} was used.`,
  };
}

/** A range (ends in either order), null for "certain", undefined when unreadable. */
function readRange(
  key: (typeof RANGED_KEYS)[number],
  text: string | null,
): Range | null | undefined {
  if (text === RISK_KEYS.certain) return null;
  const ends = text?.split(RISK_KEYS.between);
  if (ends?.length !== 2) return undefined;
  // Kept exactly as written, fractions of a count included: the receiver must draw what was sent.
  const field = { ...fieldByKey(key), integer: false };
  const [low, high] = ends.map((end) => readNumber(field, end, Number.NaN).value);
  if (low === undefined || high === undefined || Number.isNaN(low) || Number.isNaN(high)) {
    return undefined;
  }
  return { low: Math.min(low, high), high: Math.max(low, high) };
}
