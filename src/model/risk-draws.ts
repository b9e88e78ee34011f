/**
 * The pieces of the risk simulation that do not know about costs: which inputs may carry a
 * range, how one sample draws them, and nearest-rank percentiles (spec: "Risk: a simulation over
 * uncertain inputs").
 */
import { clampToField } from './field-check.ts';
import type { Uniform } from './prng.ts';
import { fieldByKey, type NumericKey, type Scenario } from './scenario.ts';

/**
 * The inputs that may carry a range, in the order each sample draws them (the spec's order).
 * Written as a plain list so a new ranged input is one line here.
 */
export const RANGED_KEYS = [
  'requestsPerDay',
  'monthlyGrowth',
  'residualPromptTokens',
  'fallbackRate',
  'failureRateB',
  'trainingRunsPerRelease',
  'engineeringHoursInitial',
  'apiPriceChangePerYear',
] as const satisfies readonly NumericKey[];

export type RangedKey = (typeof RANGED_KEYS)[number];

/** An input's plausible extremes around the scenario's own value (the triangle's mode). */
export interface Range {
  low: number;
  high: number;
}

/** A range per uncertain input; an input without one is taken as certain. */
export type Ranges = Partial<Record<RangedKey, Range>>;

/** One ranged input as a sample draws it: triangular from `low` over `mode` to `high`. */
export interface Draw {
  key: RangedKey;
  low: number;
  mode: number;
  high: number;
  /** Triangular in log space (volume with low > 0): spread by ratio, not by difference. */
  log: boolean;
  whole: boolean;
}

/**
 * The draws one sample makes, in RANGED_KEYS order, one per input that has a range. A range is
 * made safe before use, so the simulation is total on any input: a non-finite end becomes the
 * value, ends on the wrong side of the value move to it, and both stay inside the input's valid
 * range. A range that ends up a point still takes its draw, so clearing one input's range never
 * shifts the random numbers the other inputs receive.
 */
export function drawsFor(scenario: Scenario, ranges: Ranges): Draw[] {
  const draws: Draw[] = [];
  for (const key of RANGED_KEYS) {
    const range = ranges[key];
    if (range === undefined) continue;
    const field = fieldByKey(key);
    const mode = scenario[key];
    const low = clampToField(field, Math.min(finiteOr(range.low, mode), mode));
    const high = clampToField(field, Math.max(finiteOr(range.high, mode), mode));
    draws.push({
      key,
      low,
      mode,
      high,
      log: key === 'requestsPerDay' && low > 0,
      // Inputs that count things (whole-number fields): every draw is rounded.
      whole: field.integer,
    });
  }
  return draws;
}

/** The scenario of one sample: each drawn input replaced, everything else as given. */
export function drawScenario(scenario: Scenario, draws: readonly Draw[], next: Uniform): Scenario {
  // Copied first and assigned after: a computed key in the literal gives every copy a new shape.
  const sample = { ...scenario };
  for (const draw of draws) sample[draw.key] = drawValue(draw, next());
  return sample;
}

/** The value of one draw for the uniform number `u` in [0, 1). */
export function drawValue({ low, mode, high, log, whole }: Draw, u: number): number {
  const value = log
    ? Math.exp(triangular(u, Math.log(low), Math.log(mode), Math.log(high)))
    : triangular(u, low, mode, high);
  // exp(log(x)) may miss x by an ulp; rounding may step outside a fractional range.
  const inRange = clamp(value, low, high);
  return whole ? clamp(Math.round(inRange), Math.ceil(low), Math.floor(high)) : inRange;
}

/**
 * The inverse of the triangular distribution's CDF: the value below which a share `u` of the
 * distribution lies. With c = (mode − low) / (high − low): for u < c,
 * low + √(u × (high − low) × (mode − low)); otherwise high − √((1 − u) × (high − low) × (high − mode)).
 * A point range (high = low) gives the mode.
 */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (!(width > 0)) return mode;
  const split = (mode - low) / width;
  return u < split
    ? low + Math.sqrt(u * width * (mode - low))
    : high - Math.sqrt((1 - u) * width * (high - mode));
}

/**
 * The nearest-rank percentile of ascending `sorted` values: the value at rank ⌈p / 100 × n⌉
 * (counted from 1), so P50 of 2,000 values is the 1,000th. `percent` is a whole number 1..100;
 * the rank is computed in integers, because 0.1 × 30 is not exactly 3 in floating point.
 * NaN for an empty list (callers never pass one).
 */
export function nearestRank(sorted: ArrayLike<number>, percent: number): number {
  const rank = Math.max(1, Math.ceil((percent * sorted.length) / 100));
  return sorted[rank - 1] ?? Number.NaN;
}

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
