import { useEffect, useMemo, useState } from 'react';
import type { RiskSettings } from '../../model/risk-settings.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Simulation } from '../../model/simulate.ts';
import { finishedSimulation, simulationFor } from '../../risk/client.ts';
import { TRAILING_QUIET_MS } from '../trailing-timer.ts';
import { useTrailingValue } from '../use-trailing-value.ts';

export type SimulationStatus =
  | { state: 'running' }
  | { state: 'ready'; simulation: Simulation; scenario: Scenario }
  | { state: 'failed'; message: string };

interface Finished {
  scenario: Scenario;
  risk: RiskSettings;
  outcome: { simulation: Simulation } | { message: string };
}

const RUNNING: SimulationStatus = { state: 'running' };

/**
 * The simulation of the scenario on screen. It starts once the inputs have been still for as
 * long as the charts wait (a slider drag never starts one), runs in the worker, and is shown only
 * while the inputs are exactly those it was run for: during a drag, and until the new run
 * finishes, the status is 'running' — never an old answer beside new numbers.
 *
 * `moving`, when given, says the caller already hands down the scenario of a pause
 * (useTrailingValue) and whether the live inputs have moved on since: waiting out a second pause
 * here would show the section's odds a pause later than the verdict's.
 */
export function useSimulation(
  scenario: Scenario,
  risk: RiskSettings,
  moving?: boolean,
): SimulationStatus {
  // A caller that says whether the inputs are moving hands a constant here: no timer of its own
  // restarted on every move.
  const trailingScenario = useTrailingValue(
    moving === undefined ? scenario : null,
    TRAILING_QUIET_MS,
  );
  const trailingRisk = useTrailingValue(risk, TRAILING_QUIET_MS);
  const scenarioSettled = moving === undefined ? trailingScenario === scenario : !moving;
  const settled = scenarioSettled && trailingRisk === risk;
  const [finished, setFinished] = useState<Finished | null>(() => {
    const simulation = finishedSimulation(scenario, risk);
    return simulation && { scenario, risk, outcome: { simulation } };
  });

  // What to simulate, or null while the inputs move: the same null on every move, so the effect
  // below does not run on a move (an effect that runs makes React post a task to its scheduler).
  const job = useMemo(() => (settled ? { scenario, risk } : null), [settled, scenario, risk]);
  useEffect(() => {
    if (job === null) return;
    let live = true;
    simulationFor(job.scenario, job.risk).then(
      (simulation) => {
        if (live && simulation) setFinished({ ...job, outcome: { simulation } });
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (live) setFinished({ ...job, outcome: { message } });
      },
    );
    return () => {
      live = false;
    };
  }, [job]);

  if (moving || finished?.scenario !== scenario || finished.risk !== risk) return RUNNING;
  return 'simulation' in finished.outcome
    ? { state: 'ready', simulation: finished.outcome.simulation, scenario }
    : { state: 'failed', message: finished.outcome.message };
}
