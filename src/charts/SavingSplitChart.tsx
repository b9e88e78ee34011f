import { memo, useMemo, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { Result } from '../model/calculate.ts';
import { formatUsd, formatUsdShort } from '../model/format.ts';
import { formatMoneyTick } from '../model/format-tick.ts';
import { tooltipContent } from './ChartTooltip.tsx';
import { ChartFrame, useNarrow, type ChartTable, type LegendItem } from './ChartFrame.tsx';
import {
  AXIS_LINE,
  AXIS_STYLE,
  AXIS_TICK,
  COLOR,
  SERIES_NAME,
  TOOLTIP_CURSOR,
  axisLabel,
} from './chart-style.ts';

export interface SavingSplitChartProps {
  result: Pick<Result, 'totalA' | 'totalB' | 'totalC' | 'savingsParts'>;
  horizonMonths: number;
  /** The open base model's name: the first step switches to it, the second fine-tunes it. */
  smallModel: string;
  summary: string;
  actions?: ReactNode;
}

/**
 * One bar of the waterfall. The bars are stacked: an invisible `offset` lifts each step to where
 * the previous bar ended, then exactly one of the visible series carries the bar's length.
 */
interface SplitDatum {
  label: string;
  offset: number;
  totalA: number;
  totalB: number;
  /** A step that lowers the total (a saving), as a positive length. */
  saving: number;
  /** A step that raises the total (fine-tuning dearer than prompting the small model, say). */
  extra: number;
  /** The signed text the bar carries: "$315k", "-$126k", "+$5k". */
  text: string;
}

const TITLE = 'Where the saving comes from';
const NAMES = { saving: 'Saves', extra: 'Costs more' } as const;

function step(label: string, from: number, to: number): SplitDatum {
  const change = to - from;
  return {
    label,
    offset: Math.min(from, to),
    totalA: 0,
    totalB: 0,
    saving: change < 0 ? -change : 0,
    extra: change > 0 ? change : 0,
    text: change < 0 ? formatUsdShort(change) : `+${formatUsdShort(change)}`,
  };
}

/** A's total, the switch to the small model, fine-tuning it, B's total: top to bottom. */
export function splitData(
  result: SavingSplitChartProps['result'],
  smallModel: string,
): SplitDatum[] {
  const total = (label: string, key: 'totalA' | 'totalB', value: number): SplitDatum => ({
    label,
    offset: 0,
    totalA: 0,
    totalB: 0,
    saving: 0,
    extra: 0,
    [key]: value,
    text: formatUsdShort(value),
  });
  return [
    total(SERIES_NAME.a, 'totalA', result.totalA),
    step(`Switch to ${smallModel}`, result.totalA, result.totalC),
    step('Fine-tune it', result.totalC, result.totalB),
    total(SERIES_NAME.b, 'totalB', result.totalB),
  ];
}

const TOOLTIP = tooltipContent({
  title: (label) => String(label ?? ''),
  line: (entry) => {
    const datum = entry.payload as SplitDatum | undefined;
    if (!datum || entry.dataKey === 'offset' || entry.value === 0) return null;
    return [String(entry.name), datum.text];
  },
});

/**
 * A waterfall of the saving: from A's total, what switching to the small model (prompted, C)
 * saves, what fine-tuning it saves on top, down to B's total. It answers whether the saving is
 * fine-tuning's at all, or the smaller model's.
 */
export const SavingSplitChart = memo(function SavingSplitChart({
  result,
  horizonMonths,
  smallModel,
  summary,
  actions,
}: SavingSplitChartProps) {
  const [narrow, onWidthChange] = useNarrow();
  const data = useMemo(() => splitData(result, smallModel), [result, smallModel]);

  const table = useMemo((): ChartTable => {
    const { modelSwitch, fineTuning } = result.savingsParts;
    return {
      caption: `How the saving over ${horizonMonths} months splits, in US dollars (a negative saving costs more)`,
      columns: ['Step', 'Saving ($)', 'Total cost after the step ($)'],
      rows: [
        [`Start: ${SERIES_NAME.a}`, '–', formatUsd(result.totalA)],
        [`Switch to ${smallModel}, prompted (C)`, formatUsd(modelSwitch), formatUsd(result.totalC)],
        ['Fine-tune it (B)', formatUsd(fineTuning), formatUsd(result.totalB)],
        [`End: ${SERIES_NAME.b}`, '–', formatUsd(result.totalB)],
      ],
    };
  }, [result, horizonMonths, smallModel]);

  const legend = useMemo((): LegendItem[] => {
    const items: LegendItem[] = [
      { label: SERIES_NAME.a, color: COLOR.a, shape: 'block' },
      { label: 'Saves', color: COLOR.saving, shape: 'block' },
    ];
    if (data.some((d) => d.extra > 0))
      items.push({ label: 'Costs more', color: COLOR.extra, shape: 'block' });
    items.push({ label: SERIES_NAME.b, color: COLOR.b, shape: 'block' });
    return items;
  }, [data]);

  // Only the series that carries a bar labels it; at the other bars it is zero-length.
  const label = (key: 'totalA' | 'totalB' | 'saving' | 'extra') => (
    <LabelList
      dataKey={(d: SplitDatum) => (d[key] === 0 ? '' : d.text)}
      position="right"
      {...LABEL_STYLE}
    />
  );

  return (
    <ChartFrame
      title={TITLE}
      summary={summary}
      legend={legend}
      table={table}
      height={220}
      actions={actions}
      onWidthChange={onWidthChange}
    >
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 12, bottom: 20, left: 4 }}
        barCategoryGap="25%"
        title={TITLE}
      >
        <CartesianGrid stroke={COLOR.grid} horizontal={false} />
        <XAxis
          type="number"
          // Room right of the longest bar for its amount.
          padding={{ left: 0, right: narrow ? 44 : 56 }}
          tickFormatter={formatMoneyTick}
          {...AXIS_STYLE}
          label={axisLabel(`Total over ${horizonMonths} mo. ($)`, 'x')}
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
        <Bar dataKey="offset" stackId="w" fill="transparent" isAnimationActive={false} />
        <Bar
          dataKey="totalA"
          name={SERIES_NAME.a}
          stackId="w"
          fill={COLOR.a}
          isAnimationActive={false}
        >
          {label('totalA')}
        </Bar>
        <Bar
          dataKey="saving"
          name={NAMES.saving}
          stackId="w"
          fill={COLOR.saving}
          isAnimationActive={false}
        >
          {label('saving')}
        </Bar>
        <Bar
          dataKey="extra"
          name={NAMES.extra}
          stackId="w"
          fill={COLOR.extra}
          isAnimationActive={false}
        >
          {label('extra')}
        </Bar>
        <Bar
          dataKey="totalB"
          name={SERIES_NAME.b}
          stackId="w"
          fill={COLOR.b}
          isAnimationActive={false}
        >
          {label('totalB')}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
});

const LABEL_STYLE = { fill: COLOR.axis, fontSize: 11 } as const;
const AXIS_TICK_SMALL = { ...AXIS_TICK, fontSize: 11 } as const;
