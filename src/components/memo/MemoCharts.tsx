import { CumulativeCostChart } from '../../charts/CumulativeCostChart.tsx';
import { SavingSplitChart } from '../../charts/SavingSplitChart.tsx';
import { TornadoChart } from '../../charts/TornadoChart.tsx';
import { VolumeChart, type SweepPoint } from '../../charts/VolumeChart.tsx';
import type { Result } from '../../model/calculate.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { SensitivityRow } from '../../model/sensitivity.ts';
import { MEMO_CHART } from './memo-charts.ts';
import type { MemoChart } from './memo-content.ts';
import '../../charts/charts.css';

/**
 * The memo's charts, each under its title with its caption (the sentence the Markdown copy
 * gives in its place). The tornado keeps to the six inputs that move the savings most.
 */
export default function MemoCharts({
  result,
  sweep,
  sensitivity,
  scenario,
  smallModel,
  captions,
}: {
  result: Result;
  sweep: readonly SweepPoint[];
  sensitivity: readonly SensitivityRow[];
  scenario: Scenario;
  /** The open base model's name, for C's line. */
  smallModel: string;
  captions: readonly MemoChart[];
}) {
  const caption = (title: string) => captions.find((c) => c.title === title)?.caption ?? '';
  return (
    <div className="memo-charts">
      <CumulativeCostChart
        months={result.months}
        breakEvenMonth={result.breakEvenMonth}
        smallModel={smallModel}
        summary={caption(MEMO_CHART.cumulative)}
      />
      <SavingSplitChart
        result={result}
        horizonMonths={scenario.horizonMonths}
        smallModel={smallModel}
        summary={caption(MEMO_CHART.split)}
      />
      <VolumeChart
        sweep={sweep}
        breakEvenRequestsPerDay={result.breakEvenRequestsPerDay}
        requestsPerDay={scenario.requestsPerDay}
        horizonMonths={scenario.horizonMonths}
        smallModel={smallModel}
        summary={caption(MEMO_CHART.volume)}
      />
      <TornadoChart
        rows={sensitivity}
        horizonMonths={scenario.horizonMonths}
        summary={caption(MEMO_CHART.tornado)}
        maxBars={6}
      />
    </div>
  );
}
