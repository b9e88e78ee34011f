import { memo, useMemo, type ReactNode } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatBreakEvenVolume, formatCount, formatQuantity, formatUsd } from '../model/format.ts';
import { formatMoneyTick, formatTick } from '../model/format-tick.ts';
import type { VolumePoint } from '../model/sweep.ts';
import { SWEEP_MAX_REQUESTS_PER_DAY, SWEEP_MIN_REQUESTS_PER_DAY } from '../model/units.ts';
import { powersOfTen } from './log-ticks.ts';
import { moneyLine, tooltipContent } from './ChartTooltip.tsx';
import { ChartFrame, useNarrow, type ChartTable, type LegendItem } from './ChartFrame.tsx';
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

export type SweepPoint = VolumePoint;

export interface VolumeChartProps {
  /** Totals over the horizon at log-spaced volumes (sweepVolume). */
  sweep: readonly SweepPoint[];
  /** Smallest volume at which B costs no more than A; null when none, 0 when any volume. */
  breakEvenRequestsPerDay: number | null;
  /** Today's volume (the scenario's requests per day). */
  requestsPerDay: number;
  horizonMonths: number;
  /** The open base model's name: C is that model prompted with A's whole prompt. */
  smallModel: string;
  summary: string;
  actions?: ReactNode;
}

const TITLE = 'Total cost by volume';
const X_DOMAIN: [number, number] = [SWEEP_MIN_REQUESTS_PER_DAY, SWEEP_MAX_REQUESTS_PER_DAY];
const X_TICKS = powersOfTen(SWEEP_MIN_REQUESTS_PER_DAY, SWEEP_MAX_REQUESTS_PER_DAY);

/**
 * "Break-even: 16,550/day"; on a narrow plot just "16,550/day" (the legend says which line it
 * is). The figure is written as the verdict and the key figures write it, never shortened.
 */
export function breakEvenVolumeLabel(requestsPerDay: number, narrow = false): string {
  return `${narrow ? '' : 'Break-even: '}${formatBreakEvenVolume(requestsPerDay)}/day`;
}
/** "Today: 10k/day"; on a narrow plot just "10k/day". */
export function todayVolumeLabel(requestsPerDay: number, narrow = false): string {
  return `${narrow ? '' : 'Today: '}${formatTick(requestsPerDay)}/day`;
}

/**
 * Which side of its line a marker's label goes: away from the other marker, so the two never
 * cross, unless that would run off the plot near an edge.
 */
function labelSide(value: number, other: number | null, edge: 'Top' | 'Bottom') {
  const [min, max] = X_DOMAIN;
  const fraction = Math.log(value / min) / Math.log(max / min);
  let right: boolean;
  if (fraction < 0.2) right = true;
  else if (fraction > 0.8) right = false;
  else right = other === null ? fraction < 0.5 : value >= other;
  return `inside${edge}${right ? 'Left' : 'Right'}` as const;
}

/** A marker is drawn only where the log axis can place it. */
function onAxis(value: number | null): value is number {
  return value !== null && value >= X_DOMAIN[0] && value <= X_DOMAIN[1];
}

const TOOLTIP = tooltipContent({
  title: (label) => `${formatQuantity(Math.round(Number(label)))} requests/day`,
  line: moneyLine,
});

/**
 * Total cost over the horizon against requests per day, both axes logarithmic (the totals span
 * many orders of magnitude, and a log scale shows where the lines cross at any volume).
 */
export const VolumeChart = memo(function VolumeChart({
  sweep,
  breakEvenRequestsPerDay,
  requestsPerDay,
  horizonMonths,
  smallModel,
  summary,
  actions,
}: VolumeChartProps) {
  const [narrow, onWidthChange] = useNarrow();
  const data = useMemo(
    () => sweep.filter((p) => p.requestsPerDay > 0 && Number.isFinite(p.requestsPerDay)),
    [sweep],
  );

  // A log scale needs positive values; a zero total (free prices, no upkeep) falls back to linear.
  const yAxis = useMemo(() => {
    let min = Infinity;
    let max = 0;
    for (const p of data) {
      min = Math.min(min, p.totalA, p.totalB, p.totalC);
      max = Math.max(max, p.totalA, p.totalB, p.totalC);
    }
    const ticks = min > 0 ? powersOfTen(min, max) : [];
    const first = ticks[0];
    const last = ticks.at(-1);
    return first !== undefined && last !== undefined && ticks.length >= 2
      ? { scale: 'log' as const, ticks, domain: [first, last] as [number, number] }
      : null;
  }, [data]);

  const table = useMemo(
    (): ChartTable => ({
      caption: `Total cost over ${horizonMonths} months by requests per day, in US dollars`,
      columns: [
        'Requests per day',
        `${SERIES_NAME.a}, total ($)`,
        `${SERIES_NAME.b}, total ($)`,
        `${seriesNameC(smallModel)}, total ($)`,
      ],
      rows: data.map((p) => [
        formatCount(p.requestsPerDay),
        formatUsd(p.totalA),
        formatUsd(p.totalB),
        formatUsd(p.totalC),
      ]),
    }),
    [data, horizonMonths, smallModel],
  );

  const showBreakEven = onAxis(breakEvenRequestsPerDay);
  const showToday = onAxis(requestsPerDay);

  const legend = useMemo((): LegendItem[] => {
    const items: LegendItem[] = [
      { label: SERIES_NAME.a, color: COLOR.a, shape: 'line' },
      { label: SERIES_NAME.b, color: COLOR.b, shape: 'dashed' },
      { label: seriesNameC(smallModel), color: COLOR.c, shape: 'dashed' },
    ];
    if (showBreakEven) items.push({ label: 'Break-even', color: COLOR.marker, shape: 'dotted' });
    if (showToday) items.push({ label: 'Today', color: COLOR.axis, shape: 'line' });
    return items;
  }, [showBreakEven, showToday, smallModel]);

  return (
    <ChartFrame
      title={TITLE}
      summary={summary}
      legend={legend}
      table={table}
      actions={actions}
      onWidthChange={onWidthChange}
    >
      <LineChart data={data} margin={CHART_MARGIN} title={TITLE}>
        <CartesianGrid stroke={COLOR.grid} />
        <XAxis
          dataKey="requestsPerDay"
          type="number"
          scale="log"
          domain={X_DOMAIN}
          ticks={X_TICKS}
          allowDataOverflow
          tickFormatter={formatTick}
          {...AXIS_STYLE}
          label={axisLabel('Requests per day (log scale)', 'x')}
        />
        <YAxis
          width={64}
          {...(yAxis ?? {})}
          tickFormatter={formatMoneyTick}
          {...AXIS_STYLE}
          label={axisLabel(`Total over ${horizonMonths} mo. ($${yAxis ? ', log' : ''})`, 'y')}
        />
        <Tooltip content={TOOLTIP} isAnimationActive={false} />
        {showToday && (
          <ReferenceLine
            x={requestsPerDay}
            stroke={COLOR.axis}
            label={{
              value: todayVolumeLabel(requestsPerDay, narrow),
              position: labelSide(
                requestsPerDay,
                showBreakEven ? breakEvenRequestsPerDay : null,
                'Bottom',
              ),
              fill: COLOR.axis,
              fontSize: 12,
            }}
          />
        )}
        {showBreakEven && (
          <ReferenceLine
            x={breakEvenRequestsPerDay}
            stroke={COLOR.marker}
            strokeDasharray="2 3"
            label={{
              value: breakEvenVolumeLabel(breakEvenRequestsPerDay, narrow),
              position: labelSide(
                breakEvenRequestsPerDay,
                showToday ? requestsPerDay : null,
                'Top',
              ),
              fill: COLOR.marker,
              fontSize: 12,
            }}
          />
        )}
        <Line
          {...LINE_STYLE}
          dataKey="totalC"
          name={seriesNameC(smallModel)}
          stroke={COLOR.c}
          strokeDasharray={C_DASH}
        />
        <Line {...LINE_STYLE} dataKey="totalA" name={SERIES_NAME.a} stroke={COLOR.a} />
        <Line
          {...LINE_STYLE}
          dataKey="totalB"
          name={SERIES_NAME.b}
          stroke={COLOR.b}
          strokeDasharray="6 3"
        />
      </LineChart>
    </ChartFrame>
  );
});
