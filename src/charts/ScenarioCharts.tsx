/**
 * The charts panel fed from a scenario: computes the sweep and the sensitivity here, inside the
 * lazy charts chunk, so that code stays out of the first load.
 */
import { memo, type ComponentProps } from 'react';
import {
  selectSensitivity,
  selectSensitivityFirstHalf,
  selectSweep,
} from '../state/chart-selectors.ts';
import type { Scenario } from '../model/scenario.ts';
import ChartsPanel from './ChartsPanel.tsx';

type Props = Omit<ComponentProps<typeof ChartsPanel>, 'sweep' | 'sensitivity'> & {
  scenario: Scenario;
};

function ScenarioCharts({ scenario, ...props }: Props) {
  return <WithSensitivity {...props} scenario={scenario} sweep={selectSweep(scenario)} />;
}

type WithSweep = Props & Pick<ComponentProps<typeof ChartsPanel>, 'sweep'>;

/**
 * The sensitivity, worked out after the sweep in two components of its own, half its inputs in
 * each: when the charts catch up after a pause (a deferred render, in slices), React can stop
 * between them for a key press. Sweep and sensitivity in one component were one stretch of
 * several milliseconds it could not split, and the sensitivity alone up to 4.5 ms.
 */
function WithSensitivity(props: WithSweep) {
  // Worked out here and remembered (memoizeByInput); the component below reads it back.
  selectSensitivityFirstHalf(props.scenario);
  return <WithAllSensitivity {...props} />;
}

function WithAllSensitivity({ scenario, ...props }: WithSweep) {
  return <ChartsPanel {...props} sensitivity={selectSensitivity(scenario)} />;
}

// The charts area re-renders on every slider move with a trailing scenario that changes only when
// the slider pauses; memo skips the sweep and sensitivity lookups (and the panel) in between.
export default memo(ScenarioCharts);
