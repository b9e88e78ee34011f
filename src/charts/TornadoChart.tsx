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
  type LabelProps,
} from 'recharts';
import { formatUsd, formatUsdShort } from '../model/format.ts';
import { formatMoneyTick } from '../model/format-tick.ts';
import type { SensitivityRow } from '../model/sensitivity.ts';
import { inputValueText, sensitivityEnds, signedMoney } from './chart-summaries.ts';
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
/** Each input is halved and doubled, within its valid range (a share stops at 100 %). */
const LOW_NAME = 'Input halved';
const HIGH_NAME = 'Input doubled';
/** Room per input; narrow plots wrap the input's name onto more lines. */
const ROW_HEIGHT = { wide: 34, narrow: 44 } as const;
/** Room beside the bars for the value labels ("5,000 requests/day", "100%"), in px. */
const LABEL_ROOM = { wide: 96, narrow: 64 } as const;

/**
 * "Cache hit rate 80% → 40%  -$10.5k": the input's real values and the change in savings, the
 * one measure the bars, the summary and the table all use.
 */
const TOOLTIP = tooltipContent({
  title: (label) => String(label ?? ''),
  line: (entry) => {
    const datum = entry.payload as TornadoDatum | undefined;
    if (!datum || typeof entry.value !== 'number') return null;
    const end = sensitivityEnds(datum.row).find((e) => e.side === entry.dataKey);
    if (!end) return null;
    // The bar's own value (the same change the table gives): the tooltip says what is drawn.
    return [
      `${inputValueText(datum.row, datum.row.base)} → ${end.valueText}`,
      signedMoney(entry.value),
    ];
  },
  footer: (entries) => {
    const datum = entries[0]?.payload as TornadoDatum | undefined;
    return datum ? [`Savings now ${formatUsdShort(datum.row.baseSavings)}`] : [];
  },
});

/** The value an input takes at one end of its bar, shortened for the plot ("5k/day"). */
function barLabel(datum: TornadoDatum | undefined, side: 'low' | 'high'): string {
  if (!datum) return '';
  const end = sensitivityEnds(datum.row).find((e) => e.side === side);
  return end ? `→ ${shortValue(end.valueText)}` : '';
}

/**
 * The label at the outer end of a bar: right of a bar that raises the savings, left of one that
 * lowers them, so it never sits on the bar or across the zero line.
 */
function valueLabel(data: readonly TornadoDatum[], side: 'low' | 'high') {
  return function ValueLabel({ viewBox, index, value }: LabelProps) {
    if (!viewBox || !('width' in viewBox)) return null;
    const { x = 0, y = 0, width = 0, height = 0 } = viewBox;
    const lowers = typeof value === 'number' && value < 0;
    const edge = lowers ? Math.min(x, x + width) - 4 : Math.max(x, x + width) + 4;
    return (
      <text
        x={edge}
        y={y + height / 2}
        dominantBaseline="central"
        textAnchor={lowers ? 'end' : 'start'}
        {...LABEL_STYLE}
      >
        {barLabel(data[index ?? -1], side)}
      </text>
    );
  };
}

/** "5,000 requests/day" → "5,000/day", "$2.50/M tokens" → "$2.50/M": the label sits on a bar. */
function shortValue(text: string): string {
  return text
    .replace(' requests/day', '/day')
    .replace('/M tokens', '/M')
    .replace('/M training tokens', '/M');
}

/** "+$22,150", "-$10,480": the table's change in savings, to the dollar. */
const signedUsd = (value: number) => (value > 0 ? `+${formatUsd(value)}` : formatUsd(value));

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
      caption: `Change in savings over ${horizonMonths} months (now ${formatUsd(baseSavings)}) with each input halved and doubled, within its range`,
      columns: ['Input (value now)', 'Halved to', 'Change ($)', 'Doubled to', 'Change ($)'],
      rows: sorted.map((row) => {
        const [low, high] = sensitivityEnds(row);
        // Values as short as the bars' labels ("5,000/day"), so the table fits the results column.
        return [
          `${row.label} (now ${shortValue(inputValueText(row, row.base))})`,
          shortValue(low?.valueText ?? ''),
          low ? signedUsd(low.change) : '',
          shortValue(high?.valueText ?? ''),
          high ? signedUsd(high.change) : '',
        ];
      }),
    }),
    [sorted, horizonMonths, baseSavings],
  );

  const labels = useMemo(
    () => ({ low: valueLabel(data, 'low'), high: valueLabel(data, 'high') }),
    [data],
  );

  const legend = useMemo(
    (): LegendItem[] => [
      { label: LOW_NAME, color: COLOR.low, shape: 'block' },
      { label: HIGH_NAME, color: COLOR.high, shape: 'block' },
      {
        label: `No change: savings now ${formatUsdShort(baseSavings)}`,
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
          padding={
            narrow
              ? { left: LABEL_ROOM.narrow, right: LABEL_ROOM.narrow }
              : { left: LABEL_ROOM.wide, right: LABEL_ROOM.wide }
          }
          tickFormatter={formatMoneyTick}
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
          <LabelList dataKey="low" content={labels.low} />
        </Bar>
        <Bar dataKey="high" name={HIGH_NAME} fill={COLOR.high} isAnimationActive={false}>
          <LabelList dataKey="high" content={labels.high} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
});

const LABEL_STYLE = { fill: COLOR.axis, fontSize: 11 } as const;
const AXIS_TICK_SMALL = { ...AXIS_TICK, fontSize: 11 } as const;
