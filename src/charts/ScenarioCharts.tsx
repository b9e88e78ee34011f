/**
 * The charts panel fed from a scenario: computes the sweep and the sensitivity here, inside the
 * lazy charts chunk, so that code stays out of the first load.
 */
import type { ComponentProps } from 'react';
import { selectSensitivity, selectSweep } from '../state/chart-selectors.ts';
import type { Scenario } from '../model/scenario.ts';
import ChartsPanel from './ChartsPanel.tsx';

type Props = Omit<ComponentProps<typeof ChartsPanel>, 'sweep' | 'sensitivity'> & {
  scenario: Scenario;
};

export default function ScenarioCharts({ scenario, ...props }: Props) {
  return (
    <ChartsPanel
      {...props}
      sweep={selectSweep(scenario)}
      sensitivity={selectSensitivity(scenario)}
    />
  );
}
