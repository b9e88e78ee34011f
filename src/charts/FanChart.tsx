import { memo, useMemo, type ReactNode } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TooltipPayloadEntry } from 'recharts';
import type { SavingsBand } from '../model/simulate.ts';
import { ChartFrame, type LegendItem } from './ChartFrame.tsx';
import { AXIS_STYLE, axisLabel, CHART_MARGIN, COLOR, LINE_STYLE } from './chart-style.ts';
import { tooltipContent } from './ChartTooltip.tsx';
import { fanSummary, fanTable } from './fan-summary.ts';
import { formatUsdShort } from '../model/format.ts';
import { formatMoneyTick } from '../model/format-tick.ts';
import './charts.css';

export interface FanChartProps {
  /** P10, P50 and P90 of cumulativeA − cumulativeB for months 0..H. */
  bands: readonly SavingsBand[];
  actions?: ReactNode;
}

const TITLE = 'Cumulative saving across the simulated futures';

const LEGEND: readonly LegendItem[] = [
  { label: 'Median future', color: COLOR.b, shape: 'line' },
  { label: '8 futures in 10 (P10 to P90)', color: COLOR.b4, shape: 'block' },
  { label: 'Zero: break-even', color: COLOR.marker, shape: 'dotted' },
];

function bandLine(entry: TooltipPayloadEntry): readonly [string, string] | null {
  const { value } = entry;
  if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number') {
    return ['P10 to P90', `${formatUsdShort(value[0])} to ${formatUsdShort(value[1])}`];
  }
  return typeof value === 'number' ? ['Median', formatUsdShort(value)] : null;
}

const TOOLTIP = tooltipContent({
  title: (label) => (Number(label) === 0 ? 'Month 0 (one-time costs)' : `Month ${String(label)}`),
  line: bandLine,
});

/**
 * The fan chart: how fine-tuning's cumulative saving (A − B) develops month by month across the
 * simulated futures — the band holds the middle 8 in 10, the line is the median, and the dotted
 * zero line is break-even.
 */
export const FanChart = memo(function FanChart({ bands, actions }: FanChartProps) {
  const data = useMemo(
    () => bands.map((b) => ({ month: b.month, band: [b.p10, b.p90], p50: b.p50 })),
    [bands],
  );
  const table = useMemo(() => fanTable(bands), [bands]);
  const summary = useMemo(() => fanSummary(bands), [bands]);
  const horizon = bands.at(-1)?.month ?? 0;
  return (
    <ChartFrame title={TITLE} summary={summary} legend={LEGEND} table={table} actions={actions}>
      <ComposedChart data={data} margin={CHART_MARGIN} title={TITLE}>
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
          label={axisLabel('Cumulative saving ($)', 'y')}
        />
        <Tooltip content={TOOLTIP} isAnimationActive={false} />
        <Area
          type="linear"
          dataKey="band"
          name="P10 to P90"
          stroke="none"
          fill={COLOR.b4}
          fillOpacity={0.6}
          isAnimationActive={false}
        />
        {/* extendDomain: zero stays in view even when every future saves, or none does. */}
        <ReferenceLine
          y={0}
          stroke={COLOR.marker}
          strokeDasharray="2 3"
          ifOverflow="extendDomain"
        />
        <Line {...LINE_STYLE} dataKey="p50" name="Median" stroke={COLOR.b} />
      </ComposedChart>
    </ChartFrame>
  );
});

export default FanChart;
