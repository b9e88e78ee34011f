/**
 * The charts panel fed from a scenario: computes the sweep and the sensitivity here, inside the
 * lazy charts chunk, so that code stays out of the first load.
 */
import { memo, type ComponentProps } from 'react';
import { selectSensitivity, selectSweep } from '../state/chart-selectors.ts';
import type { Scenario } from '../model/scenario.ts';
import ChartsPanel from './ChartsPanel.tsx';

type Props = Omit<ComponentProps<typeof ChartsPanel>, 'sweep' | 'sensitivity'> & {
  scenario: Scenario;
};

function ScenarioCharts({ scenario, ...props }: Props) {
  return (
    <ChartsPanel
      {...props}
      sweep={selectSweep(scenario)}
      sensitivity={selectSensitivity(scenario)}
    />
  );
}

// The charts area re-renders on every slider move with a trailing scenario that changes only when
// the slider pauses; memo skips the sweep and sensitivity lookups (and the panel) in between.
export default memo(ScenarioCharts);
