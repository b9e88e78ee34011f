import { memo, useMemo, type ReactNode } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MonthRow } from '../model/calculate.ts';
import { formatUsd } from '../model/format.ts';
import { formatMoneyTick } from '../model/format-tick.ts';
import { moneyLine, tooltipContent } from './ChartTooltip.tsx';
import { ChartFrame, type ChartTable, type LegendItem } from './ChartFrame.tsx';
import {
  C_DASH,
  CHART_MARGIN,
  COLOR,
  SERIES_NAME,
  axisLabel,
  AXIS_STYLE,
  LINE_STYLE,
  seriesNameC,
} from './chart-style.ts';

export type CumulativeRow = Pick<MonthRow, 'month' | 'cumulativeA' | 'cumulativeB' | 'cumulativeC'>;

export interface CumulativeCostChartProps {
  /** Rows for months 0..H; month 0 holds the one-time costs. */
  months: readonly CumulativeRow[];
  /** First month in which B's cumulative cost is no higher than A's; null when never. */
  breakEvenMonth: number | null;
  /** The open base model's name: C is that model prompted with A's whole prompt. */
  smallModel: string;
  summary: string;
  actions?: ReactNode;
}

const TITLE = 'Cumulative cost';

export function breakEvenLabel(month: number): string {
  return `Break-even: month ${month}`;
}

function monthName(month: number): string {
  return month === 0 ? 'Month 0 (one-time costs)' : `Month ${month}`;
}

const TOOLTIP = tooltipContent({
  title: (label) => monthName(Number(label)),
  line: moneyLine,
});

/**
 * A's and B's cumulative cost month by month, with the break-even month marked, and C's — the
 * small model prompted, not fine-tuned — as a third, dashed line: the gap between A and C is what
 * switching models saves, the gap between C and B what fine-tuning adds.
 */
export const CumulativeCostChart = memo(function CumulativeCostChart({
  months,
  breakEvenMonth,
  smallModel,
  summary,
  actions,
}: CumulativeCostChartProps) {
  const horizon = months.at(-1)?.month ?? 0;
  const breakEvenRow =
    breakEvenMonth === null ? undefined : months.find((row) => row.month === breakEvenMonth);

  const table = useMemo(
    (): ChartTable => ({
      caption: `Cumulative cost by month, in US dollars (month 0: one-time costs)`,
      columns: [
        'Month',
        `${SERIES_NAME.a}, cumulative ($)`,
        `${SERIES_NAME.b}, cumulative ($)`,
        `${seriesNameC(smallModel)}, cumulative ($)`,
      ],
      rows: months.map((row) => [
        String(row.month),
        formatUsd(row.cumulativeA),
        formatUsd(row.cumulativeB),
        formatUsd(row.cumulativeC),
      ]),
    }),
    [months, smallModel],
  );

  const legend = useMemo((): LegendItem[] => {
    const items: LegendItem[] = [
      { label: SERIES_NAME.a, color: COLOR.a, shape: 'line' },
      { label: SERIES_NAME.b, color: COLOR.b, shape: 'dashed' },
      { label: seriesNameC(smallModel), color: COLOR.c, shape: 'dashed' },
    ];
    if (breakEvenRow) items.push({ label: 'Break-even', color: COLOR.marker, shape: 'dotted' });
    return items;
  }, [breakEvenRow, smallModel]);

  return (
    <ChartFrame title={TITLE} summary={summary} legend={legend} table={table} actions={actions}>
      <LineChart data={months} margin={CHART_MARGIN} title={TITLE}>
        <CartesianGrid stroke={COLOR.grid} vertical={false} />
        <XAxis
          dataKey="month"
          type="number"
          domain={[0, horizon]}
          allowDecimals={false}
          {...AXIS_STYLE}
          label={axisLabel('Month', 'x')}
        />
        <YAxis
          width={64}
          tickFormatter={formatMoneyTick}
          {...AXIS_STYLE}
          label={axisLabel('Cumulative cost ($)', 'y')}
        />
        <Tooltip content={TOOLTIP} isAnimationActive={false} />
        {breakEvenRow && (
          <ReferenceLine
            x={breakEvenRow.month}
            stroke={COLOR.marker}
            strokeDasharray="2 3"
            label={{
              value: breakEvenLabel(breakEvenRow.month),
              // Keep the text inside the plot: right of the line early on, left of it late.
              position: breakEvenRow.month <= horizon / 2 ? 'insideTopLeft' : 'insideTopRight',
              fill: COLOR.marker,
              fontSize: 12,
            }}
          />
        )}
        {/* C first, beneath A and B: it is the reference the other two are read against. */}
        <Line
          {...LINE_STYLE}
          dataKey="cumulativeC"
          name={seriesNameC(smallModel)}
          stroke={COLOR.c}
          strokeDasharray={C_DASH}
        />
        <Line {...LINE_STYLE} dataKey="cumulativeA" name={SERIES_NAME.a} stroke={COLOR.a} />
        <Line
          {...LINE_STYLE}
          dataKey="cumulativeB"
          name={SERIES_NAME.b}
          stroke={COLOR.b}
          strokeDasharray="6 3"
        />
        {breakEvenRow && (
          <ReferenceDot
            x={breakEvenRow.month}
            y={breakEvenRow.cumulativeB}
            r={4}
            fill={COLOR.b}
            stroke="none"
          />
        )}
      </LineChart>
    </ChartFrame>
  );
});
