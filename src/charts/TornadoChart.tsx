import { memo, useMemo, type ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatFieldValue, formatUsdShort } from '../model/field-format.ts';
import { formatUsd } from '../model/format.ts';
import { fieldByKey } from '../model/scenario.ts';
import type { SensitivityRow } from '../model/sensitivity.ts';
import { compactMoney } from './axis-format.ts';
import { tooltipContent } from './ChartTooltip.tsx';
import { ChartFrame, useNarrow, type ChartTable, type LegendItem } from './ChartFrame.tsx';
import {
  AXIS_LINE,
  AXIS_TICK,
  COLOR,
  TOOLTIP_CURSOR,
  axisLabel,
  AXIS_STYLE,
} from './chart-style.ts';

export interface TornadoChartProps {
  /** One row per input (sensitivity()); sorted here by spread, largest on top. */
  rows: readonly SensitivityRow[];
  horizonMonths: number;
  summary: string;
  /** Bars drawn for at most this many inputs; the table lists them all. */
  maxBars?: number;
  actions?: ReactNode;
}

/** One bar pair: the change in savings from the baseline when the input is halved or doubled. */
interface TornadoDatum {
  label: string;
  low: number;
  high: number;
  row: SensitivityRow;
}

const TITLE = 'What moves the savings';
const LOW_NAME = '×0.5';
const HIGH_NAME = '×2';
/** Room per input; narrow plots wrap the input's name onto more lines. */
const ROW_HEIGHT = { wide: 34, narrow: 44 } as const;
/** Room beside the bars for their "×0.5" / "×2" labels, in px. */
const LABEL_ROOM = 34;

function valueText(row: SensitivityRow, value: number): string {
  return formatFieldValue(fieldByKey(row.key), value);
}

function signedMoney(value: number): string {
  return value > 0 ? `+${formatUsdShort(value)}` : formatUsdShort(value);
}

/** "×0.5 = 5,000 requests/day  -$36.2k (-$10.5k)": the input's value, the savings, the change. */
const TOOLTIP = tooltipContent({
  title: (label) => String(label ?? ''),
  line: (entry) => {
    const datum = entry.payload as TornadoDatum | undefined;
    if (!datum || typeof entry.value !== 'number') return null;
    const isLow = entry.dataKey === 'low';
    const input = isLow ? datum.row.low : datum.row.high;
    const savings = isLow ? datum.row.lowSavings : datum.row.highSavings;
    return [
      `${String(entry.name)} = ${valueText(datum.row, input)}`,
      `${formatUsdShort(savings)} (${signedMoney(entry.value)})`,
    ];
  },
  footer: (entries) => {
    const datum = entries[0]?.payload as TornadoDatum | undefined;
    return datum
      ? [
          `Savings now ${formatUsdShort(datum.row.baseSavings)} at ${valueText(datum.row, datum.row.base)}`,
        ]
      : [];
  },
});

/** Sorted by spread, largest first; ties keep the given order (Array.prototype.sort is stable). */
export function tornadoOrder(rows: readonly SensitivityRow[]): SensitivityRow[] {
  return [...rows].sort((x, y) => y.spread - x.spread);
}

/**
 * A tornado chart: for the inputs that move the savings most, horizontal bars for the change in
 * savings (over the horizon, from the baseline) with the input at ×0.5 and at ×2.
 */
export const TornadoChart = memo(function TornadoChart({
  rows,
  horizonMonths,
  summary,
  maxBars = 10,
  actions,
}: TornadoChartProps) {
  const [narrow, onWidthChange] = useNarrow();
  const sorted = useMemo(() => tornadoOrder(rows), [rows]);
  const baseSavings = sorted[0]?.baseSavings ?? 0;

  const data = useMemo(
    (): TornadoDatum[] =>
      sorted
        .filter((row) => row.spread > 0)
        .slice(0, maxBars)
        .map((row) => ({
          label: row.label,
          low: row.lowSavings - row.baseSavings,
          high: row.highSavings - row.baseSavings,
          row,
        })),
    [sorted, maxBars],
  );

  const table = useMemo(
    (): ChartTable => ({
      caption: `Savings over ${horizonMonths} months with each input halved and doubled (baseline ${formatUsd(baseSavings)}), in US dollars`,
      columns: [
        'Input',
        'Value now',
        `${LOW_NAME}: value`,
        `${LOW_NAME}: savings ($)`,
        `${HIGH_NAME}: value`,
        `${HIGH_NAME}: savings ($)`,
        'Spread ($)',
      ],
      rows: sorted.map((row) => [
        row.label,
        valueText(row, row.base),
        valueText(row, row.low),
        formatUsd(row.lowSavings),
        valueText(row, row.high),
        formatUsd(row.highSavings),
        formatUsd(row.spread),
      ]),
    }),
    [sorted, horizonMonths, baseSavings],
  );

  const legend = useMemo(
    (): LegendItem[] => [
      { label: `Input ${LOW_NAME}`, color: COLOR.low, shape: 'block' },
      { label: `Input ${HIGH_NAME}`, color: COLOR.high, shape: 'block' },
      {
        label: `Baseline savings ${formatUsdShort(baseSavings)}`,
        color: COLOR.marker,
        shape: 'line',
      },
    ],
    [baseSavings],
  );

  const height = Math.max(160, data.length * (narrow ? ROW_HEIGHT.narrow : ROW_HEIGHT.wide) + 70);

  return (
    <ChartFrame
      title={TITLE}
      summary={summary}
      legend={legend}
      table={table}
      height={height}
      actions={actions}
      onWidthChange={onWidthChange}
    >
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 12, bottom: 20, left: 4 }}
        barCategoryGap="20%"
        barGap={1}
        title={TITLE}
      >
        <CartesianGrid stroke={COLOR.grid} horizontal={false} />
        <XAxis
          type="number"
          padding={{ left: LABEL_ROOM, right: LABEL_ROOM }}
          tickFormatter={compactMoney}
          {...AXIS_STYLE}
          label={axisLabel('Change in savings ($)', 'x')}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={narrow ? 92 : 150}
          tick={narrow ? AXIS_TICK_SMALL : AXIS_TICK}
          axisLine={AXIS_LINE}
          tickLine={false}
        />
        <Tooltip content={TOOLTIP} cursor={TOOLTIP_CURSOR} isAnimationActive={false} />
        <ReferenceLine x={0} stroke={COLOR.marker} />
        <Bar dataKey="low" name={LOW_NAME} fill={COLOR.low} isAnimationActive={false}>
          <LabelList dataKey="low" position="right" formatter={() => LOW_NAME} {...LABEL_STYLE} />
        </Bar>
        <Bar dataKey="high" name={HIGH_NAME} fill={COLOR.high} isAnimationActive={false}>
          <LabelList dataKey="high" position="right" formatter={() => HIGH_NAME} {...LABEL_STYLE} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
});

const LABEL_STYLE = { fill: COLOR.axis, fontSize: 11 } as const;
const AXIS_TICK_SMALL = { ...AXIS_TICK, fontSize: 11 } as const;
