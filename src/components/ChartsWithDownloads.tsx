/**
 * The charts, each with its PNG and SVG download buttons: one lazy chunk, so neither the charts
 * nor the buttons' code is part of the first load (ChartsArea loads it near the viewport).
 */
import type { ComponentProps } from 'react';
import ScenarioCharts from '../charts/ScenarioCharts.tsx';
import { chartActions } from './export/chart-actions.tsx';

export default function ChartsWithDownloads(props: ComponentProps<typeof ScenarioCharts>) {
  return <ScenarioCharts {...props} chartActions={chartActions} />;
}
