/**
 * Totals across request volumes, for the chart of cost against requests per day
 * (spec: "Helpers the charts need").
 */
import { runMonths } from './months.ts';
import type { Scenario } from './scenario.ts';
import { unitCosts } from './unit-costs.ts';
import {
  SWEEP_MAX_REQUESTS_PER_DAY,
  SWEEP_MIN_REQUESTS_PER_DAY,
  type Dollars,
  type RequestsPerDay,
} from './units.ts';

export interface VolumePoint {
  requestsPerDay: RequestsPerDay;
  totalA: Dollars;
  totalB: Dollars;
  /** C: the small model prompted with A's whole prompt (spec v2). */
  totalC: Dollars;
}

/**
 * totalA, totalB and totalC over the horizon at `points` month-1 volumes, log-spaced from 10 to
 * 10,000,000 requests per day (the requests slider's range), both ends included, everything
 * else as in `s`. `points` is rounded and raised to at least 2 so both ends always appear.
 * The totals equal `calculate({ ...s, requestsPerDay }).totalA/totalB` exactly.
 */
export function sweepVolume(s: Scenario, points = 60): VolumePoint[] {
  const count = Math.max(2, Math.round(Number.isFinite(points) ? points : 2));
  const u = unitCosts(s);
  const logMin = Math.log10(SWEEP_MIN_REQUESTS_PER_DAY);
  const logStep = (Math.log10(SWEEP_MAX_REQUESTS_PER_DAY) - logMin) / (count - 1);
  const sweep: VolumePoint[] = [];
  for (let i = 0; i < count; i++) {
    // The last point is set exactly, so rounding in the powers never leaves the range.
    const requestsPerDay =
      i === count - 1 ? SWEEP_MAX_REQUESTS_PER_DAY : 10 ** (logMin + i * logStep);
    sweep.push({ requestsPerDay, ...runMonths(s, u, requestsPerDay) });
  }
  return sweep;
}
