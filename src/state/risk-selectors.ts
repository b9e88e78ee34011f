/**
 * The verdict once a simulation is known. A simulation belongs to exactly one scenario (a stale
 * one is never shown), so it is the memo's key: every reader gets the same advice object, and
 * the work runs once per simulation.
 *
 * It takes the point-estimate advice and result rather than reading the selectors: this module
 * loads with the risk code after the first paint, and importing the first load's modules from
 * a lazy chunk makes the bundler split them out of it (a larger first load in more files).
 */
import type { Advice } from '../model/advise.ts';
import type { Result } from '../model/calculate.ts';
import { adviseWithRisk } from '../model/risk-advice.ts';
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
