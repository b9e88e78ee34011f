/**
 * Selectors only the charts need. They live apart from selectors.ts so the sweep and the
 * sensitivity code load with the lazy charts chunk, not with the first page (measured: they kept
 * ~2 KB gzip in the initial JavaScript).
 */
import type { Scenario } from '../model/scenario.ts';
import { bySpread, sensitivityInputs, sensitivityRows } from '../model/sensitivity.ts';
import { sweepVolume } from '../model/sweep.ts';
import { memoizeByInput } from './memo.ts';

/** Points of the total-cost-against-volume chart. */
export const SWEEP_POINTS = 60;

export const selectSweep = memoizeByInput((scenario: Scenario) =>
  sweepVolume(scenario, SWEEP_POINTS),
);

/**
 * The sensitivity in two halves of its inputs (each 20 – 40 runs of the month loop), so the charts
 * can work them out in two components: one was up to 4.5 ms at normal CPU in a profile of the
 * catch-up after typing, one piece of work React cannot split.
 */
const halves = memoizeByInput((scenario: Scenario) => {
  const keys = sensitivityInputs(scenario);
  return [keys.slice(0, Math.ceil(keys.length / 2)), keys.slice(Math.ceil(keys.length / 2))];
});
export const selectSensitivityFirstHalf = memoizeByInput((scenario: Scenario) =>
  sensitivityRows(scenario, halves(scenario)[0]!),
);
/** Every row, sorted by spread (sensitivity()): the first half from its selector's memory. */
export const selectSensitivity = memoizeByInput((scenario: Scenario) => {
  const first = selectSensitivityFirstHalf(scenario);
  const rest = sensitivityRows(scenario, halves(scenario)[1]!, first[0]?.baseSavings);
  return bySpread([...first, ...rest]);
});
