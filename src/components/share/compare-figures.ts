/**
 * The rows of the side-by-side table: the key figures the main page shows, formatted the same
 * way, as label/left/right text. Pure, so the table and its tests share it.
 */
import type { Result } from '../../model/calculate.ts';
import {
  formatBreakEvenMonth,
  formatBreakEvenVolumeText,
  formatMonths,
  formatPercent,
  formatPerRequest,
  formatRoi,
  formatUsdShort,
} from '../../model/format.ts';

export interface FigureRow {
  label: string;
  left: string;
  right: string;
}

const month1 = (r: Result, option: 'costA' | 'costB') => formatUsdShort(r.months[1]?.[option] ?? 0);
const horizon = (r: Result) => r.months.length - 1;
const failureRate = (r: Result) =>
  r.breakEvenFailureRateB === null ? 'n/a' : `below ${formatPercent(r.breakEvenFailureRateB)}`;

export function figureRows(left: Result, right: Result): FigureRow[] {
  const row = (label: string, show: (r: Result) => string): FigureRow => ({
    label,
    left: show(left),
    right: show(right),
  });
  return [
    row('Cost per request, A: prompting', (r) => formatPerRequest(r.costPerRequestA)),
    row('Cost per request, B: fine-tuned', (r) => formatPerRequest(r.costPerRequestB)),
    row('Cost per request, C: small model prompted', (r) => formatPerRequest(r.costPerRequestC)),
    row('Month-1 cost, A', (r) => month1(r, 'costA')),
    row('Month-1 cost, B', (r) => month1(r, 'costB')),
    row('One-time investment (B)', (r) => formatUsdShort(r.oneTimeB)),
    row('Break-even month', (r) => formatBreakEvenMonth(r.breakEvenMonth)),
    row('Break-even volume', (r) => formatBreakEvenVolumeText(r.breakEvenRequestsPerDay)),
    row(
      'Savings over the horizon',
      (r) => `${formatUsdShort(r.savings)} in ${formatMonths(horizon(r))}`,
    ),
    row('… from switching to the small model', (r) => formatUsdShort(r.savingsParts.modelSwitch)),
    row('… from fine-tuning it', (r) => formatUsdShort(r.savingsParts.fineTuning)),
    row('Return on investment', (r) => formatRoi(r.roi)),
    row('Fine-tuning pays while B’s failure rate is', failureRate),
  ];
}
