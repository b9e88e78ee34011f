/** Messages between the page and the simulation worker. */
import type { Ranges } from '../model/risk-draws.ts';
import type { Scenario } from '../model/scenario.ts';
import type { Simulation } from '../model/simulate.ts';

export interface SimulationJob {
  scenario: Scenario;
  ranges: Ranges;
  samples: number;
  seed: number;
}

export type ToWorker = SimulationJob & { id: number };

export type FromWorker =
  /** `ms`: time simulate took in the worker (the benchmark reads it). */
  { id: number; simulation: Simulation; ms: number } | { id: number; error: string };
