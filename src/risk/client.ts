/**
 * The page's side of the simulation worker. One worker for the page, started on the first
 * request (never before the risk code itself loads, after the first paint). Only the latest
 * request matters: while one simulation runs, a newer request replaces any that was waiting, and
 * the replaced one settles with null — a stale result is never computed, let alone shown.
 * Without module workers (old browsers, jsdom) the same code runs on the main thread.
 */
import { effectiveRanges } from '../model/risk-ranges.ts';
import { DEFAULT_SAMPLES, type RiskSettings } from '../model/risk-settings.ts';
import type { Scenario } from '../model/scenario.ts';
import type { Simulation } from '../model/simulate.ts';
import { workerScriptUrl } from '../workers/script-url.ts';
import type { FromWorker, SimulationJob } from './protocol.ts';
import simulateWorker from './simulate.worker.ts?worker&url';

interface Request {
  job: SimulationJob;
  resolve: (simulation: Simulation | null) => void;
  reject: (error: Error) => void;
}

/** undefined: not started yet; null: no worker available, so simulations run on this thread. */
let worker: Worker | null | undefined;
let running: (Request & { id: number }) | null = null;
let waiting: Request | null = null;
let nextId = 1;

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const started = new Worker(workerScriptUrl(simulateWorker), {
      type: 'module',
      name: 'risk',
    });
    started.addEventListener('message', (event: MessageEvent<FromWorker>) => finish(event.data));
    // A browser that cannot start a module worker: carry on without one, from the job it lost.
    started.addEventListener('error', () => {
      started.terminate();
      worker = null;
      const lost = running;
      running = null;
      if (lost) start(lost);
    });
    return started;
  } catch {
    return null;
  }
}

function finish(message: FromWorker) {
  const done = running;
  if (done === null || message.id !== done.id) return;
  running = null;
  if ('error' in message) done.reject(new Error(message.error));
  else done.resolve(message.simulation);
  const next = waiting;
  waiting = null;
  if (next) start(next);
}

function start(request: Request) {
  if (worker === undefined) worker = startWorker();
  const id = nextId++;
  running = { ...request, id };
  if (worker) {
    worker.postMessage({ id, ...request.job });
    return;
  }
  // On this thread, after the current task, so the request's own render completes first.
  void import('../model/simulate.ts').then(({ simulate }) => {
    const { scenario, ranges, samples, seed } = request.job;
    try {
      finish({ id, simulation: simulate(scenario, ranges, { samples, seed }), ms: 0 });
    } catch (error) {
      finish({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}

/** Runs one job; null when a newer job replaced it before it started. */
export function runSimulation(job: SimulationJob): Promise<Simulation | null> {
  return new Promise((resolve, reject) => {
    const request = { job, resolve, reject };
    if (running === null) {
      start(request);
      return;
    }
    waiting?.resolve(null);
    waiting = request;
  });
}

interface Latest {
  scenario: Scenario;
  settings: RiskSettings;
  promise: Promise<Simulation | null>;
  simulation: Simulation | null;
}
let latest: Latest | null = null;

/**
 * The simulation of `scenario` with `settings` (2,000 samples), shared by everyone who asks for
 * the same two objects: the verdict and the risk section start one job between them.
 */
export function simulationFor(
  scenario: Scenario,
  settings: RiskSettings,
): Promise<Simulation | null> {
  if (latest?.scenario === scenario && latest.settings === settings) return latest.promise;
  const promise = runSimulation({
    scenario,
    ranges: effectiveRanges(scenario, settings.ranges),
    samples: DEFAULT_SAMPLES,
    seed: settings.seed,
  });
  const entry: Latest = { scenario, settings, promise, simulation: null };
  latest = entry;
  promise.then(
    (simulation) => (entry.simulation = simulation),
    () => undefined,
  );
  return promise;
}

/** The finished simulation of exactly these inputs, or null (not asked, running, or replaced). */
export function finishedSimulation(scenario: Scenario, settings: RiskSettings): Simulation | null {
  return latest?.scenario === scenario && latest.settings === settings ? latest.simulation : null;
}
