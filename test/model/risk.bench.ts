// Speed of the risk simulation: simulate() with the spec's 2,000 samples, every ranged input
// ranged, at 12 and 60 months. Run: npm run bench:risk (the browser worker's figures come from
// scripts/bench-risk-browser.mjs). Figures are printed, never pass/fail.
import os from 'node:os';
import { bench, describe } from 'vitest';
import { RANGED_KEYS, type Ranges } from '../../src/model/risk-draws.ts';
import { DEFAULT_SCENARIO, fieldByKey, type Scenario } from '../../src/model/scenario.ts';
import { simulate } from '../../src/model/simulate.ts';

const year: Scenario = { ...DEFAULT_SCENARIO, monthlyGrowth: 0.03, fallbackRate: 0.05 };
const fiveYears: Scenario = { ...year, horizonMonths: 60 };
const dedicated: Scenario = { ...fiveYears, servingMode: 'dedicated' };

/** Every ranged input from half to twice its value (kept valid): the most work a sample does. */
const everything = (s: Scenario): Ranges =>
  Object.fromEntries(
    RANGED_KEYS.map((key) => {
      const { min, max } = fieldByKey(key);
      return [key, { low: Math.max(min, s[key] / 2), high: Math.min(max, s[key] * 2 + 0.01) }];
    }),
  );

let sink = 0;
const tasks: Array<[string, () => void]> = [
  [
    'simulate, 2,000 samples, 12 months',
    () => (sink += simulate(year, everything(year)).savingsP50),
  ],
  [
    'simulate, 2,000 samples, 60 months',
    () => (sink += simulate(fiveYears, everything(fiveYears)).savingsP50),
  ],
  [
    'simulate, 2,000 samples, 60 months, dedicated',
    () => (sink += simulate(dedicated, everything(dedicated)).savingsP50),
  ],
];

/** Median of 15 timed calls after 3 to warm up, in ms. */
function medianMs(fn: () => void): number {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[7] ?? NaN;
}

const load = os.loadavg()[0]?.toFixed(1) ?? '?';
console.log(
  `Risk simulation, median per call (Node ${process.version}, ${os.cpus().length} cores, load ${load}):\n` +
    tasks
      .map(([name, fn]) => `${name.padEnd(48)} ${medianMs(fn).toFixed(1).padStart(7)} ms`)
      .join('\n'),
);

describe('risk simulation', () => {
  for (const [name, fn] of tasks) bench(name, fn, { time: 1_000 });
});

if (Number.isNaN(sink)) console.log(sink);
