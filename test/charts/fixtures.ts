import { calculate } from '../../src/model/calculate.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/scenario.ts';
import { sensitivity } from '../../src/model/sensitivity.ts';
import { sweepVolume } from '../../src/model/sweep.ts';

/** The defaults: 10,000 requests/day, B never pays off within 12 months (break-even ~15,109/day). */
export const NO_BREAK_EVEN: Scenario = DEFAULT_SCENARIO;
/** Ten times the volume: B is cheaper from month 2. */
export const BREAK_EVEN: Scenario = { ...DEFAULT_SCENARIO, requestsPerDay: 100_000 };
/** B served on dedicated GPUs. */
export const DEDICATED: Scenario = { ...BREAK_EVEN, servingMode: 'dedicated' };
/** B's tokens cost more than A's: cheaper at no volume at all. */
export const NEVER_CHEAPER: Scenario = {
  ...DEFAULT_SCENARIO,
  servingInputPrice: 100,
  servingOutputPrice: 100,
};

/** What the page hands the charts for a scenario: the model's own figures, nothing made up. */
export function chartInputs(s: Scenario) {
  return {
    result: calculate(s),
    sweep: sweepVolume(s, 60),
    sensitivity: sensitivity(s),
    requestsPerDay: s.requestsPerDay,
    horizonMonths: s.horizonMonths,
    servingMode: s.servingMode,
    smallModel: 'Llama 3.1 8B',
  };
}
