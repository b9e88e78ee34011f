// Speed of the cost model on the work one slider move triggers. Run: npm run bench:model.
// vitest's table gives hz/mean/p75/p99 per task; the block printed first gives the medians that
// docs/benchmarks.md quotes, measured in batches so timer resolution does not blur sub-µs work.
import os from 'node:os';
import { bench, describe } from 'vitest';
import { calculate } from '../../src/model/calculate.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/scenario.ts';
import { sensitivity } from '../../src/model/sensitivity.ts';
import { sweepVolume } from '../../src/model/sweep.ts';

const serverless: Scenario = { ...DEFAULT_SCENARIO, horizonMonths: 60, monthlyGrowth: 0.05 };
const dedicated: Scenario = { ...serverless, servingMode: 'dedicated' };
/** A 5-minute cache: the break-even volume needs the numerical search (spec v2). */
const expiring = (horizonMonths: number, servingMode: Scenario['servingMode']): Scenario => ({
  ...serverless,
  horizonMonths,
  servingMode,
  cacheTtlMinutes: 5,
});

/**
 * The scenario and a copy with a slightly different input price, in turn: calculate reuses the
 * break-even volume while only the volume changes, so a task asking the same scenario again
 * would time that shortcut, not the search. `key` picks the field that alternates.
 */
function inTurn(s: Scenario, key: 'apiInputPrice' | 'requestsPerDay' = 'apiInputPrice') {
  const other = { ...s, [key]: s[key] * 1.01 };
  let flip = false;
  return () => {
    flip = !flip;
    return flip ? s : other;
  };
}
const serverlessInTurn = inTurn(serverless);
const dedicatedInTurn = inTurn(dedicated);
const expiringInTurn = inTurn(expiring(60, 'serverless'));
const volumeMove = inTurn(expiring(60, 'serverless'), 'requestsPerDay');

let sink = 0;
const slider = (base: Scenario) => {
  const next = inTurn(base);
  return () => {
    const s = next();
    sink += calculate(s).totalA + sweepVolume(s, 60).length + sensitivity(s).length;
  };
};
const tasks: Array<[string, () => void]> = [
  ['calculate, 60 months, serverless', () => (sink += calculate(serverlessInTurn()).totalA)],
  ['calculate, 60 months, dedicated', () => (sink += calculate(dedicatedInTurn()).totalA)],
  ['sweepVolume, 60 points', () => (sink += sweepVolume(serverless, 60).length)],
  ['sensitivity', () => (sink += sensitivity(serverless).length)],
  ['sweepVolume, 60 points, dedicated', () => (sink += sweepVolume(dedicated, 60).length)],
  ['sensitivity, dedicated', () => (sink += sensitivity(dedicated).length)],
  ['slider move: all three, serverless', slider(serverless)],
  ['slider move: all three, dedicated', slider(dedicated)],
  ['slider move, 5-min cache, 12 months', slider(expiring(12, 'serverless'))],
  ['slider move, 5-min cache, 60 months', slider(expiring(60, 'serverless'))],
  ['slider move, 5-min cache, 12 mo, ded.', slider(expiring(12, 'dedicated'))],
  ['slider move, 5-min cache, 60 mo, ded.', slider(expiring(60, 'dedicated'))],
  ['calculate, 5-min cache, 60 months', () => (sink += calculate(expiringInTurn()).totalA)],
  // A move of the volume slider: the break-even volume is reused.
  ['calculate, 5-min cache, volume move', () => (sink += calculate(volumeMove()).totalA)],
];

/** Median time of one call in µs, over 101 batches of calls that each last about 1 ms. */
function medianMicroseconds(fn: () => void): number {
  for (let i = 0; i < 200; i++) fn(); // warm up the JIT
  let perBatch = 1;
  for (let t = 0; t < 1; perBatch *= 2) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    t = performance.now() - start;
  }
  const samples: number[] = [];
  for (let batch = 0; batch < 101; batch++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    samples.push(((performance.now() - start) * 1_000) / perBatch);
  }
  samples.sort((a, b) => a - b);
  return samples[50] ?? NaN;
}

const lines = tasks.map(
  ([name, fn]) => `${name.padEnd(40)} ${medianMicroseconds(fn).toFixed(1).padStart(8)} µs`,
);
// Load average: on a shared machine it explains most of the spread between runs.
const load = os.loadavg()[0]?.toFixed(1) ?? '?';
console.log(
  `Cost model, median per call (Node ${process.version}, ${os.cpus().length} cores, load ${load}):\n${lines.join('\n')}`,
);

describe('cost model', () => {
  for (const [name, fn] of tasks) bench(name, fn, { time: 300 });
});

if (Number.isNaN(sink)) console.log(sink);
