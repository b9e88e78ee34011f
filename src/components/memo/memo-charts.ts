/** The memo's charts: their titles (as the charts head themselves) and one-sentence captions. */
import {
  cumulativeSummary,
  savingSplitSummary,
  sensitivitySummary,
  volumeSummary,
} from '../../charts/chart-summaries.ts';
import type { Result } from '../../model/calculate.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { SensitivityRow } from '../../model/sensitivity.ts';
import type { MemoChart } from './memo-content.ts';

export const MEMO_CHART = {
  cumulative: 'Cumulative cost',
  split: 'Where the saving comes from',
  volume: 'Total cost by volume',
  tornado: 'What moves the savings',
} as const;

export function memoCharts(
  result: Result,
  sensitivity: readonly SensitivityRow[],
  scenario: Scenario,
  smallModel: string,
): MemoChart[] {
  const months = scenario.horizonMonths;
  return [
    { title: MEMO_CHART.cumulative, caption: cumulativeSummary(result, months, smallModel) },
    { title: MEMO_CHART.split, caption: savingSplitSummary(result, months, smallModel) },
    {
      title: MEMO_CHART.volume,
      caption: volumeSummary(result, scenario.requestsPerDay, months),
    },
    { title: MEMO_CHART.tornado, caption: sensitivitySummary(sensitivity, months) },
  ];
}
