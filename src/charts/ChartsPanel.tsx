import { memo, useMemo, type ReactNode } from 'react';
import type { Result } from '../model/calculate.ts';
import type { ServingMode } from '../model/scenario.ts';
import type { SensitivityRow } from '../model/sensitivity.ts';
import {
  cumulativeSummary,
  monthlySummary,
  savingSplitSummary,
  sensitivitySummary,
  volumeSummary,
} from './chart-summaries.ts';
import { CumulativeCostChart } from './CumulativeCostChart.tsx';
import { MonthlyCostChart } from './MonthlyCostChart.tsx';
import { OnScreen } from './OnScreen.tsx';
import { SavingSplitChart } from './SavingSplitChart.tsx';
import { TornadoChart } from './TornadoChart.tsx';
import { VolumeChart, type SweepPoint } from './VolumeChart.tsx';
import './charts.css';

export interface ChartsPanelProps {
  result: Result;
  sweep: readonly SweepPoint[];
  sensitivity: readonly SensitivityRow[];
  requestsPerDay: number;
  horizonMonths: number;
  servingMode: ServingMode;
  /** The open base model's name, for option C (that model prompted, not fine-tuned). */
  smallModel: string;
  /** Extra buttons for each chart (e.g. image downloads), given the chart's name. */
  chartActions?: (chart: string) => ReactNode;
}

/**
 * The five charts, loaded lazily so recharts stays out of the first load. Every chart is
 * memoised: a change that leaves a chart's props alone (say, a new sensitivity only) skips it.
 */
function ChartsPanel({
  result,
  sweep,
  sensitivity,
  requestsPerDay,
  horizonMonths,
  servingMode,
  smallModel,
  chartActions,
}: ChartsPanelProps) {
  // Built once per chartActions, so the memoised charts do not redraw for new button elements.
  const actions = useMemo(
    () => ({
      cumulative: chartActions?.('Cumulative cost'),
      split: chartActions?.('Where the saving comes from'),
      monthly: chartActions?.('Monthly cost by part'),
      volume: chartActions?.('Total cost by volume'),
      tornado: chartActions?.('What moves the savings'),
    }),
    [chartActions],
  );
  const summaries = useMemo(
    () => ({
      cumulative: cumulativeSummary(result, horizonMonths, smallModel),
      split: savingSplitSummary(result, horizonMonths, smallModel),
      monthly: monthlySummary(result, servingMode),
      volume: volumeSummary(result, requestsPerDay, horizonMonths),
    }),
    [result, horizonMonths, servingMode, requestsPerDay, smallModel],
  );
  const tornadoSummary = useMemo(
    () => sensitivitySummary(sensitivity, horizonMonths),
    [sensitivity, horizonMonths],
  );

  return (
    <section className="charts-panel" aria-label="Charts">
      <OnScreen title="Cumulative cost">
        <CumulativeCostChart
          months={result.months}
          breakEvenMonth={result.breakEvenMonth}
          smallModel={smallModel}
          summary={summaries.cumulative}
          actions={actions.cumulative}
        />
      </OnScreen>
      <OnScreen title="Where the saving comes from">
        <SavingSplitChart
          result={result}
          horizonMonths={horizonMonths}
          smallModel={smallModel}
          summary={summaries.split}
          actions={actions.split}
        />
      </OnScreen>
      <OnScreen title="Monthly cost by part">
        <MonthlyCostChart
          months={result.months}
          servingMode={servingMode}
          summary={summaries.monthly}
          actions={actions.monthly}
        />
      </OnScreen>
      <OnScreen title="Total cost by volume">
        <VolumeChart
          sweep={sweep}
          breakEvenRequestsPerDay={result.breakEvenRequestsPerDay}
          requestsPerDay={requestsPerDay}
          horizonMonths={horizonMonths}
          smallModel={smallModel}
          summary={summaries.volume}
          actions={actions.volume}
        />
      </OnScreen>
      <OnScreen title="What moves the savings">
        <TornadoChart
          rows={sensitivity}
          horizonMonths={horizonMonths}
          summary={tornadoSummary}
          actions={actions.tornado}
        />
      </OnScreen>
    </section>
  );
}

// The page re-renders its charts area on every slider move; the charts' inputs change only when
// the slider pauses, so the panel skips every render in between.
export default memo(ChartsPanel);
