/**
 * The simulation worker: 2,000 runs of the cost model take tens of milliseconds (more on a slow
 * phone), far too long for the main thread between two frames. Here they never delay input.
 */
import { simulate } from '../model/simulate.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;

scope.addEventListener('message', ({ data: { id, scenario, ranges, samples, seed } }) => {
  try {
    const start = performance.now();
    const simulation = simulate(scenario, ranges, { samples, seed });
    scope.postMessage({ id, simulation, ms: performance.now() - start });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
