import { memo, useMemo, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthRow } from '../model/calculate.ts';
import { formatUsd, formatUsdShort } from '../model/format.ts';
import { formatMoneyTick } from '../model/format-tick.ts';
import type { ServingMode } from '../model/scenario.ts';
import { nonZeroMoneyLine, tooltipContent } from './ChartTooltip.tsx';
import { ChartFrame, type ChartTable, type LegendItem } from './ChartFrame.tsx';
import { CHART_MARGIN, COLOR, TOOLTIP_CURSOR, axisLabel, AXIS_STYLE } from './chart-style.ts';

type PartKey =
  'prefixA' | 'inputA' | 'outputA' | 'upkeepA' | 'inferenceB' | 'fallbackB' | 'upkeepB' | 'retrain';

export type MonthlyRow = Pick<MonthRow, 'month' | 'costA' | 'costB' | PartKey>;

export interface MonthlyCostChartProps {
  /** Rows for months 0..H (month 0, the one-time costs, is left out here) or 1..H. */
  months: readonly MonthlyRow[];
  /** Dedicated serving bills GPUs rather than tokens, so B's inference is called "GPUs". */
  servingMode: ServingMode;
  summary: string;
  actions?: ReactNode;
}

interface Part {
  key: PartKey;
  stack: 'A' | 'B';
  label: string;
  color: string;
}

/** Bottom to top within each stack: the running costs first, the rare ones on top. */
function partsFor(servingMode: ServingMode): readonly Part[] {
  return [
    { key: 'prefixA', stack: 'A', label: 'A: prompt prefix', color: COLOR.a1 },
    { key: 'inputA', stack: 'A', label: 'A: input', color: COLOR.a2 },
    { key: 'outputA', stack: 'A', label: 'A: output', color: COLOR.a3 },
    { key: 'upkeepA', stack: 'A', label: 'A: upkeep', color: COLOR.a4 },
    {
      key: 'inferenceB',
      stack: 'B',
      label: servingMode === 'dedicated' ? 'B: GPUs' : 'B: inference',
      color: COLOR.b1,
    },
    { key: 'fallbackB', stack: 'B', label: 'B: fallback to A', color: COLOR.b2 },
    { key: 'upkeepB', stack: 'B', label: 'B: upkeep', color: COLOR.b3 },
    { key: 'retrain', stack: 'B', label: 'B: retrains', color: COLOR.b4 },
  ];
}

const TITLE = 'Monthly cost by part';

const TOOLTIP = tooltipContent({
  title: (label) => `Month ${String(label)}`,
  line: nonZeroMoneyLine,
  footer: (entries) => {
    const row = entries[0]?.payload as MonthlyRow | undefined;
    return row
      ? [`A total ${formatUsdShort(row.costA)}`, `B total ${formatUsdShort(row.costB)}`]
      : [];
  },
});

/**
 * Each month's cost as two stacked bars, A's parts and B's parts. Parts that are zero in every
 * month are left out of the bars, the legend and the table, so the chart shows only what is paid.
 */
export const MonthlyCostChart = memo(function MonthlyCostChart({
  months,
  servingMode,
  summary,
  actions,
}: MonthlyCostChartProps) {
  const data = useMemo(() => months.filter((row) => row.month >= 1), [months]);
  const parts = useMemo(
    () => partsFor(servingMode).filter((part) => data.some((row) => row[part.key] !== 0)),
    [servingMode, data],
  );

  const legend = useMemo(
    (): LegendItem[] => parts.map((p) => ({ label: p.label, color: p.color, shape: 'block' })),
    [parts],
  );

  const table = useMemo((): ChartTable => {
    const aParts = parts.filter((p) => p.stack === 'A');
    const bParts = parts.filter((p) => p.stack === 'B');
    return {
      caption: 'Monthly cost by part, in US dollars',
      columns: [
        'Month',
        ...aParts.map((p) => `${p.label} ($)`),
        'A: total ($)',
        ...bParts.map((p) => `${p.label} ($)`),
        'B: total ($)',
      ],
      rows: data.map((row) => [
        String(row.month),
        ...aParts.map((p) => formatUsd(row[p.key])),
        formatUsd(row.costA),
        ...bParts.map((p) => formatUsd(row[p.key])),
        formatUsd(row.costB),
      ]),
    };
  }, [parts, data]);

  return (
    <ChartFrame title={TITLE} summary={summary} legend={legend} table={table} actions={actions}>
      <BarChart data={data} margin={CHART_MARGIN} barCategoryGap="15%" barGap={1} title={TITLE}>
        <CartesianGrid stroke={COLOR.grid} vertical={false} />
        <XAxis dataKey="month" {...AXIS_STYLE} label={axisLabel('Month', 'x')} />
        <YAxis
          width={64}
          tickFormatter={formatMoneyTick}
          {...AXIS_STYLE}
          label={axisLabel('Cost per month ($)', 'y')}
        />
        <Tooltip content={TOOLTIP} cursor={TOOLTIP_CURSOR} isAnimationActive={false} />
        {parts.map((part) => (
          <Bar
            key={part.key}
            dataKey={part.key}
            name={part.label}
            stackId={part.stack}
            fill={part.color}
            stroke={COLOR.background}
            strokeWidth={1}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
});
