/**
 * The rows of the side-by-side table: the key figures the main page shows, formatted the same
 * way, as label/left/right text. Pure, so the table and its tests share it.
 */
import type { Result } from '../../model/calculate.ts';
import { formatQuantity, formatUsdShort } from '../../model/field-format.ts';
import { formatCount, formatUsd } from '../../model/format.ts';

export interface FigureRow {
  label: string;
  left: string;
  right: string;
}

const breakEvenMonth = (r: Result) =>
  r.breakEvenMonth === null ? 'None' : `Month ${r.breakEvenMonth}`;
const breakEvenVolume = (r: Result) =>
  r.breakEvenRequestsPerDay === null
    ? 'None'
    : `${formatQuantity(Math.ceil(r.breakEvenRequestsPerDay))} requests/day`;
const roi = (r: Result) => (r.roi === null ? 'n/a' : `${formatCount(r.roi * 100)}%`);
const month1 = (r: Result, option: 'costA' | 'costB') => formatUsdShort(r.months[1]?.[option] ?? 0);
const horizon = (r: Result) => r.months.length - 1;

export function figureRows(left: Result, right: Result): FigureRow[] {
  const row = (label: string, show: (r: Result) => string): FigureRow => ({
    label,
    left: show(left),
    right: show(right),
  });
  return [
    row('Cost per request, A: prompting', (r) => formatUsd(r.costPerRequestA)),
    row('Cost per request, B: fine-tuned', (r) =>
      r.costPerRequestB === null ? 'no requests' : formatUsd(r.costPerRequestB),
    ),
    row('Month-1 cost, A', (r) => month1(r, 'costA')),
    row('Month-1 cost, B', (r) => month1(r, 'costB')),
    row('One-time investment (B)', (r) => formatUsdShort(r.oneTimeB)),
    row('Break-even month', breakEvenMonth),
    row('Break-even volume', breakEvenVolume),
    row('Savings over the horizon', (r) => `${formatUsdShort(r.savings)} in ${horizon(r)} months`),
    row('Return on investment', roi),
  ];
}
