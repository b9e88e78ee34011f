import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, type ChartTable, type LegendItem } from '../../charts/ChartFrame.tsx';
import { moneyLine, tooltipContent } from '../../charts/ChartTooltip.tsx';
import {
  CHART_MARGIN,
  COLOR,
  axisLabel,
  AXIS_STYLE,
  LINE_STYLE,
} from '../../charts/chart-style.ts';
import '../../charts/charts.css';
import { formatUsd } from '../../model/format.ts';
import { formatMoneyTick } from '../../model/format-tick.ts';
import type { ComparisonRow } from '../../state/compare-selectors.ts';

export interface CompareChartProps {
  rows: readonly ComparisonRow[];
  leftName: string;
  rightName: string;
}

const TITLE = 'Cumulative cost, both scenarios';

type SeriesKey = 'leftA' | 'leftB' | 'rightA' | 'rightB';

// The main charts' tooltip: series in drawing order, each with its colour.
const TOOLTIP = tooltipContent({
  title: (label) => (Number(label) === 0 ? 'Month 0 (one-time costs)' : `Month ${String(label)}`),
  line: moneyLine,
});

/**
 * One chart, four lines: colour tells the option (A prompting, B fine-tuning) as on the main
 * charts; solid lines are the left scenario, dashed the right one.
 */
function CompareChart({ rows, leftName, rightName }: CompareChartProps) {
  const series = useMemo(
    (): { key: SeriesKey; name: string; color: string; dashed: boolean }[] => [
      { key: 'leftA', name: `${leftName}: A prompting`, color: COLOR.a, dashed: false },
      { key: 'leftB', name: `${leftName}: B fine-tuning`, color: COLOR.b, dashed: false },
      { key: 'rightA', name: `${rightName}: A prompting`, color: COLOR.a, dashed: true },
      { key: 'rightB', name: `${rightName}: B fine-tuning`, color: COLOR.b, dashed: true },
    ],
    [leftName, rightName],
  );
  const legend = series.map((s): LegendItem => ({
    label: s.name,
    color: s.color,
    shape: s.dashed ? 'dashed' : 'line',
  }));
  const table = useMemo(
    (): ChartTable => ({
      caption: 'Cumulative cost by month, in US dollars (month 0: one-time costs)',
      columns: ['Month', ...series.map((s) => `${s.name} ($)`)],
      rows: rows.map((row) => [
        String(row.month),
        ...series.map((s) => {
          const value = row[s.key];
          return value === null ? '—' : formatUsd(value);
        }),
      ]),
    }),
    [rows, series],
  );
  const horizon = rows.at(-1)?.month ?? 0;
  return (
    <ChartFrame
      title={TITLE}
      summary={`What each option has cost in total by each month: “${leftName}” in solid lines, “${rightName}” in dashed lines.`}
      legend={legend}
      table={table}
    >
      <LineChart data={rows as ComparisonRow[]} margin={CHART_MARGIN} title={TITLE}>
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
        {series.map((s) => (
          <Line
            {...LINE_STYLE}
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            {...(s.dashed ? { strokeDasharray: '6 3' } : {})}
          />
        ))}
      </LineChart>
    </ChartFrame>
  );
}

export default memo(CompareChart);
