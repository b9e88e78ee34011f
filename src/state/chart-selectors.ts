/**
 * Selectors only the charts need. They live apart from selectors.ts so the sweep and the
 * sensitivity code load with the lazy charts chunk, not with the first page (measured: they kept
 * ~2 KB gzip in the initial JavaScript).
 */
import type { Scenario } from '../model/scenario.ts';
import { sensitivity } from '../model/sensitivity.ts';
import { sweepVolume } from '../model/sweep.ts';
import { memoizeByInput } from './memo.ts';

/** Points of the total-cost-against-volume chart. */
export const SWEEP_POINTS = 60;

export const selectSweep = memoizeByInput((scenario: Scenario) =>
  sweepVolume(scenario, SWEEP_POINTS),
);
export const selectSensitivity = memoizeByInput((scenario: Scenario) => sensitivity(scenario));
