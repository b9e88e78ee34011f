/** The memo's charts: their titles (as the charts head themselves) and one-sentence captions. */
import {
  cumulativeSummary,
  sensitivitySummary,
  volumeSummary,
} from '../../charts/chart-summaries.ts';
import type { Result } from '../../model/calculate.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { SensitivityRow } from '../../model/sensitivity.ts';
import type { MemoChart } from './memo-content.ts';

export function memoCharts(
  result: Result,
  sensitivity: readonly SensitivityRow[],
  scenario: Scenario,
): MemoChart[] {
  return [
    { title: 'Cumulative cost', caption: cumulativeSummary(result, scenario.horizonMonths) },
    {
      title: 'Total cost by volume',
      caption: volumeSummary(result, scenario.requestsPerDay, scenario.horizonMonths),
    },
    {
      title: 'What moves the savings',
      caption: sensitivitySummary(sensitivity, scenario.horizonMonths),
    },
  ];
}
