import { CumulativeCostChart } from '../../charts/CumulativeCostChart.tsx';
import { TornadoChart } from '../../charts/TornadoChart.tsx';
import { VolumeChart, type SweepPoint } from '../../charts/VolumeChart.tsx';
import type { Result } from '../../model/calculate.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { SensitivityRow } from '../../model/sensitivity.ts';
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
  captions,
}: {
  result: Result;
  sweep: readonly SweepPoint[];
  sensitivity: readonly SensitivityRow[];
  scenario: Scenario;
  captions: readonly MemoChart[];
}) {
  const caption = (title: string) => captions.find((c) => c.title === title)?.caption ?? '';
  return (
    <div className="memo-charts">
      <CumulativeCostChart
        months={result.months}
        breakEvenMonth={result.breakEvenMonth}
        summary={caption('Cumulative cost')}
      />
      <VolumeChart
        sweep={sweep}
        breakEvenRequestsPerDay={result.breakEvenRequestsPerDay}
        requestsPerDay={scenario.requestsPerDay}
        horizonMonths={scenario.horizonMonths}
        summary={caption('Total cost by volume')}
      />
      <TornadoChart
        rows={sensitivity}
        horizonMonths={scenario.horizonMonths}
        summary={caption('What moves the savings')}
        maxBars={6}
      />
    </div>
  );
}
