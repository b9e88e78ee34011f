/** Series colours: CSS variables defined in charts.css, so both themes work without re-rendering. */
export const COLOR = {
  a: 'var(--color-a)',
  b: 'var(--color-b)',
  a1: 'var(--color-a-1)',
  a2: 'var(--color-a-2)',
  a3: 'var(--color-a-3)',
  a4: 'var(--color-a-4)',
  b1: 'var(--color-b-1)',
  b2: 'var(--color-b-2)',
  b3: 'var(--color-b-3)',
  b4: 'var(--color-b-4)',
  low: 'var(--color-low)',
  high: 'var(--color-high)',
  marker: 'var(--color-marker)',
  c: 'var(--color-c)',
  saving: 'var(--color-saving)',
  extra: 'var(--color-extra)',
  axis: 'var(--chart-axis)',
  grid: 'var(--chart-grid)',
  /** The card's background: a thin line of it parts stacked segments. */
  background: 'var(--chart-bg)',
} as const;

export const SERIES_NAME = { a: 'A: prompting', b: 'B: fine-tuning' } as const;

/** C's series name: the small model prompted with A's whole prompt, e.g. "C: Llama 3.1 8B, prompted". */
export function seriesNameC(smallModel: string): string {
  return `C: ${smallModel}, prompted`;
}

/** C's line: dashes of its own, so it stays apart from B's even where colour does not. */
export const C_DASH = '10 3 2 3';

/** recharts writes tick colours as inline styles, so they are set here rather than in CSS. */
export const AXIS_TICK = { fill: COLOR.axis, fontSize: 12 } as const;
export const AXIS_LINE = { stroke: COLOR.axis } as const;
/** Tick labels, axis line and tick marks: the same on every axis of every chart. */
export const AXIS_STYLE = { tick: AXIS_TICK, axisLine: AXIS_LINE, tickLine: AXIS_LINE } as const;
/**
 * Every line series: straight segments between points, no dots (a small DOM), no animation
 * (recharts animates in JavaScript, and the charts redraw only when a slider pauses).
 */
export const LINE_STYLE = {
  type: 'linear',
  strokeWidth: 2,
  dot: false,
  isAnimationActive: false,
} as const;

/** An axis title in the plot's margin. */
export function axisLabel(value: string, axis: 'x' | 'y') {
  return axis === 'x'
    ? { value, position: 'insideBottom' as const, offset: -4, fill: COLOR.axis, fontSize: 12 }
    : {
        value,
        angle: -90,
        position: 'insideLeft' as const,
        style: { textAnchor: 'middle' as const },
        fill: COLOR.axis,
        fontSize: 12,
      };
}

export const TOOLTIP_CURSOR = { stroke: COLOR.grid, fill: COLOR.grid, fillOpacity: 0.4 };

/** Room for tick labels ("$1.2M") and the axis titles. */
export const CHART_MARGIN = { top: 16, right: 16, bottom: 20, left: 12 } as const;
