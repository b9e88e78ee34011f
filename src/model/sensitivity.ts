/**
 * Which inputs move the savings most: each main input halved and doubled, for a tornado chart
 * (spec: "Helpers the charts need").
 */
import { nearestAccepted } from './field-check.ts';
import { runMonths } from './months.ts';
import { fieldByKey, type NumericKey, type Scenario } from './scenario.ts';
import { unitCosts } from './unit-costs.ts';
import type { Dollars } from './units.ts';

export interface SensitivityRow {
  key: NumericKey;
  label: string;
  /** The input's value in the scenario. */
  base: number;
  /** The input at ×0.5 and ×2, kept inside its valid range and rounded if it counts things. */
  low: number;
  high: number;
  /** savings (totalA − totalB over the horizon) with the input at `low` and at `high`. */
  lowSavings: Dollars;
  highSavings: Dollars;
  /** |highSavings − lowSavings|: how much this input swings the answer. */
  spread: Dollars;
  /** savings of the scenario as it is, the tornado's centre line. */
  baseSavings: Dollars;
}

/** Inputs that matter in every scenario; more are added by caching and serving mode below. */
const MAIN_INPUTS: readonly NumericKey[] = [
  'requestsPerDay',
  'monthlyGrowth',
  'inputTokens',
  'outputTokens',
  'systemPromptTokens',
  'fewShotExamples',
  'apiInputPrice',
  'apiOutputPrice',
  'hourlyRate',
  'residualPromptTokens',
  'tokenizerRatio',
  'trainingExamples',
  'labelingCostPerExample',
  'trainingPrice',
  'trainingRunsPerRelease',
  'engineeringHoursInitial',
  'maintenanceHoursPerMonth',
  'fallbackRate',
];
const CACHING_INPUTS: readonly NumericKey[] = ['cacheHitRate', 'apiCachedInputPrice'];
const SERVERLESS_INPUTS: readonly NumericKey[] = [
  'servingInputPrice',
  'servingOutputPrice',
  'servingHourlyFee',
];
const DEDICATED_INPUTS: readonly NumericKey[] = [
  'gpuHourlyPrice',
  'gpuOutputTokensPerSecond',
  'targetUtilization',
];

/** What wrong answers cost: moves the savings only once a wrong answer costs something. */
const QUALITY_INPUTS: readonly NumericKey[] = ['failureCost', 'failureRateA', 'failureRateB'];

/**
 * The inputs the tornado shows for this scenario: only those that can affect it. Version 2's
 * inputs join when they are in play — halving or doubling a price trend of 0 or a cache that never
 * expires changes nothing, so such a row would only push the informative ones down.
 */
export function sensitivityInputs(s: Scenario): NumericKey[] {
  return [
    ...MAIN_INPUTS,
    ...(s.promptCaching ? CACHING_INPUTS : []),
    ...(s.promptCaching && s.cacheTtlMinutes > 0 ? (['cacheTtlMinutes'] as const) : []),
    ...(s.servingMode === 'serverless' ? SERVERLESS_INPUTS : DEDICATED_INPUTS),
    ...(s.apiPriceChangePerYear !== 0 ? (['apiPriceChangePerYear'] as const) : []),
    ...(s.servingPriceChangePerYear !== 0 ? (['servingPriceChangePerYear'] as const) : []),
    ...(s.failureCost > 0 ? QUALITY_INPUTS : []),
  ];
}

/**
 * savings with each main input at ×0.5 and ×2 of its value (capped at the field's range, whole
 * numbers rounded), sorted by spread, largest first; ties keep the input order. An input at 0
 * stays 0 both ways and so has spread 0 — it is listed, not hidden, and sorts last.
 */
export function sensitivity(s: Scenario): SensitivityRow[] {
  return bySpread(sensitivityRows(s, sensitivityInputs(s)));
}

/**
 * The rows of some inputs, in the order given, not sorted: sensitivity() in parts, for a caller
 * that works the rows out in pieces (the charts, between which React can stop for a key press).
 */
export function sensitivityRows(
  s: Scenario,
  keys: readonly NumericKey[],
  baseSavings: Dollars = savingsOf(s),
): SensitivityRow[] {
  return keys.map((key): SensitivityRow => {
    const field = fieldByKey(key);
    const scaled = (factor: number) => nearestAccepted(field, s[key] * factor);
    const low = scaled(0.5);
    const high = scaled(2);
    const lowSavings = savingsWith(s, key, low);
    const highSavings = savingsWith(s, key, high);
    return {
      key,
      label: field.label,
      base: s[key],
      low,
      high,
      lowSavings,
      highSavings,
      spread: Math.abs(highSavings - lowSavings),
      baseSavings,
    };
  });
}

/** Rows sorted by spread, largest first; ties keep their order (a sorted copy). */
export function bySpread(rows: readonly SensitivityRow[]): SensitivityRow[] {
  return [...rows].sort((x, y) => y.spread - x.spread);
}

function savingsOf(s: Scenario): Dollars {
  const { totalA, totalB } = runMonths(s, unitCosts(s), s.requestsPerDay);
  return totalA - totalB;
}

/**
 * savings with one input changed. The copy is made by a plain spread and then assigned, not
 * `{ ...s, [key]: value }`: a computed key gives each copy a new object shape, and the month
 * loop then runs several times slower on every scenario it meets afterwards.
 */
function savingsWith(s: Scenario, key: NumericKey, value: number): Dollars {
  const changed = { ...s };
  changed[key] = value;
  return savingsOf(changed);
}
