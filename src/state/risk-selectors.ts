/**
 * What the risk section and the verdict derive. The verdict once a simulation is known. A simulation belongs to exactly one scenario (a stale
 * one is never shown), so it is the memo's key: every reader gets the same advice object, and
 * the work runs once per simulation.
 *
 * It takes the point-estimate advice and result rather than reading the selectors: this module
 * loads with the risk code after the first paint, and importing the first load's modules from
 * a lazy chunk makes the bundler split them out of it (a larger first load in more files).
 */
import type { Advice } from '../model/advise.ts';
import type { Result } from '../model/calculate.ts';
import { formatFieldValue, shownFactor, shownUnit } from '../model/field-format.ts';
import { adviseWithRisk } from '../model/risk-advice.ts';
import { RANGED_KEYS, type Range, type RangedKey } from '../model/risk-draws.ts';
import { rangeFor } from '../model/risk-ranges.ts';
import type { RangeSettings } from '../model/risk-settings.ts';
import { fieldByKey, type Scenario } from '../model/scenario.ts';
import type { Simulation } from '../model/simulate.ts';

const adviceBySimulation = new WeakMap<Simulation, Advice>();

/** adviseWithRisk, once per simulation. */
export function selectRiskAdvice(
  advice: Advice,
  result: Result,
  simulation: Simulation,
  horizonMonths: number,
): Advice {
  let adjusted = adviceBySimulation.get(simulation);
  if (adjusted === undefined) {
    adjusted = adviseWithRisk(advice, result, simulation, horizonMonths);
    adviceBySimulation.set(simulation, adjusted);
  }
  return adjusted;
}

/** One uncertain input as the ranges table shows it. */
export interface RangeRow {
  key: RangedKey;
  label: string;
  /** The unit the boxes are typed in: '%' for shares, otherwise the field's unit. */
  unit: string;
  /** Box value = stored value × factor (100 for shares). */
  factor: number;
  integer: boolean;
  /** The scenario's value, as the slider shows it ("10,000 requests/day"). */
  valueText: string;
  /** The range the simulation uses; null when the input is taken as certain. */
  range: Range | null;
  /** The range in words, for paper: "5,000 – 20,000 requests/day", or "certain". */
  rangeText: string;
  /** Whether the range is the user's own (false: the documented default). */
  custom: boolean;
}

const rowsByScenario = new WeakMap<Scenario, WeakMap<RangeSettings, RangeRow[]>>();

/** The ranges table for a scenario and the user's range settings. */
export function selectRangeRows(scenario: Scenario, settings: RangeSettings): RangeRow[] {
  let bySettings = rowsByScenario.get(scenario);
  if (bySettings === undefined) {
    bySettings = new WeakMap();
    rowsByScenario.set(scenario, bySettings);
  }
  let rows = bySettings.get(settings);
  if (rows === undefined) {
    rows = RANGED_KEYS.map((key): RangeRow => {
      const field = fieldByKey(key);
      const range = rangeFor(key, scenario, settings);
      const show = (value: number) => formatFieldValue(field, value);
      return {
        key,
        label: field.label,
        unit: shownUnit(field),
        factor: shownFactor(field),
        integer: field.integer,
        valueText: formatFieldValue(field, scenario[key]),
        range,
        rangeText: range === null ? 'certain' : `${show(range.low)} – ${show(range.high)}`,
        custom: settings[key] !== undefined,
      };
    });
    bySettings.set(settings, rows);
  }
  return rows;
}
