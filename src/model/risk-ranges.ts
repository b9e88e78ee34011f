/**
 * The ranges the simulation uses: the documented defaults around each uncertain input's value,
 * and the user's own ranges on top of them (docs/model.md, "How sure is this?").
 */
import { clampToField } from './field-check.ts';
import { RANGED_KEYS, type Range, type RangedKey, type Ranges } from './risk-draws.ts';
import type { RangeSettings } from './risk-settings.ts';
import { fieldByKey, type Scenario } from './scenario.ts';

/**
 * The default range of each input, from its value `v`. Chosen to be honest about typical plans:
 * volume forecasts are off by a factor of two either way; build effort overruns more often than
 * it underruns; fallback to the API model and the fine-tuned model's failure rate are more often
 * worse than planned than better; the remaining prompt and the number of training runs are known
 * only after the first experiments; API prices have mostly fallen, sometimes by half in a year.
 */
const DEFAULTS: { readonly [K in RangedKey]: (v: number) => Range } = {
  requestsPerDay: (v) => ({ low: v / 2, high: v * 2 }),
  monthlyGrowth: (v) => ({ low: v - 0.02, high: v + 0.03 }),
  residualPromptTokens: (v) => ({ low: Math.round(v / 2), high: v * 2 }),
  fallbackRate: (v) => ({ low: v - 0.02, high: v + 0.1 }),
  failureRateB: (v) => ({ low: v - 0.02, high: v + 0.05 }),
  trainingRunsPerRelease: (v) => ({ low: Math.round(v / 2), high: v * 3 }),
  engineeringHoursInitial: (v) => ({ low: v * 0.75, high: v * 2 }),
  apiPriceChangePerYear: (v) => ({ low: v - 0.3, high: v + 0.1 }),
};

/** The default range around `value`, inside the input's valid range. */
export function defaultRange(key: RangedKey, value: number): Range {
  return within(key, value, DEFAULTS[key](value));
}

/**
 * `range` made usable for `value`: both ends inside the input's valid range, low ≤ value ≤ high
 * (an end on the wrong side of the value moves to it, so a range the slider has left behind
 * stretches to reach the value), and a non-finite end becomes the value.
 */
export function within(key: RangedKey, value: number, range: Range): Range {
  const field = fieldByKey(key);
  const end = (x: number) => clampToField(field, Number.isFinite(x) ? x : value);
  return { low: Math.min(end(range.low), value), high: Math.max(end(range.high), value) };
}

/** The range each input has in the simulation (null when the user made it certain). */
export function rangeFor(
  key: RangedKey,
  scenario: Scenario,
  settings: RangeSettings,
): Range | null {
  const chosen = settings[key];
  if (chosen === null) return null;
  const value = scenario[key];
  return chosen === undefined ? defaultRange(key, value) : within(key, value, chosen);
}

/** Every input's range for `simulate`: the defaults, the user's ranges, minus the certain ones. */
export function effectiveRanges(scenario: Scenario, settings: RangeSettings): Ranges {
  const ranges: Ranges = {};
  for (const key of RANGED_KEYS) {
    const range = rangeFor(key, scenario, settings);
    if (range !== null) ranges[key] = range;
  }
  return ranges;
}
