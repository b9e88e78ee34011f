import { nearestAccepted } from '../model/field-check.ts';
import { shownFactor } from '../model/field-format.ts';
import type { NumericField } from '../model/scenario.ts';

/** Positions of a logarithmic slider: fine enough for a smooth drag, coarse enough to stay cheap. */
export const LOG_STEPS = 1000;

export interface SliderScale {
  min: number;
  max: number;
  step: number;
  toPosition: (value: number) => number;
  fromPosition: (position: number) => number;
}

function sliderBounds(field: NumericField) {
  return { lo: field.sliderMin ?? field.min, hi: field.sliderMax ?? field.max };
}

/** Rounds to two significant figures, so a log slider lands on values people type (12,000, not 12,137). */
export function roundNice(value: number): number {
  if (value <= 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

/**
 * Maps a field's value to a slider position and back. Linear fields use their own step; log fields
 * use LOG_STEPS positions between the slider's bounds. Values outside the slider's bounds (typed in
 * the number box) pin the thumb to the nearest end.
 */
export function sliderScale(field: NumericField): SliderScale {
  const { lo, hi } = sliderBounds(field);
  if (field.scale === 'log' && lo > 0) {
    const span = Math.log(hi / lo);
    return {
      min: 0,
      max: LOG_STEPS,
      step: 1,
      toPosition: (value) =>
        value <= lo
          ? 0
          : value >= hi
            ? LOG_STEPS
            : Math.round((Math.log(value / lo) / span) * LOG_STEPS),
      fromPosition: (position) => {
        const raw = lo * Math.exp((position / LOG_STEPS) * span);
        return Math.min(hi, Math.max(lo, roundNice(raw)));
      },
    };
  }
  const factor = shownFactor(field);
  return {
    min: lo * factor,
    max: hi * factor,
    step: field.step * factor,
    toPosition: (value) => Math.min(hi, Math.max(lo, value)) * factor,
    fromPosition: (position) => {
      const value = position / factor;
      // Undo binary noise from the percent conversion (0.07 * 100 = 7.000000000000001).
      return Number(value.toPrecision(12));
    },
  };
}

/** Moving up (+1) or down (-1) by one step. */
export type Direction = 1 | -1;

/** Values differing by less than this share of a step are the same grid point (float noise). */
const GRID_TOLERANCE = 1e-9;
/** Snaps tried on one grid before a coarser one (a price of $150.004 moves to $150, then $140). */
const SNAPS_PER_GRID = 3;
/** Tenfold coarser grids tried at most: enough to cross any field's whole range. */
const GRIDS = 16;

/** The next multiple of `grid` strictly above (or below) `from`, without binary noise. */
function snap(from: number, grid: number, direction: Direction): number {
  const index =
    direction > 0
      ? Math.floor(from / grid + GRID_TOLERANCE) + 1
      : Math.ceil(from / grid - GRID_TOLERANCE) - 1;
  return Number((index * grid).toPrecision(12));
}

/**
 * The grid a step uses, in the units people see (percents for shares): a linear field's own step;
 * on a log field two significant figures of the value it moves towards (10,000 → 11,000 up,
 * 9,900 down), never finer than the field's step.
 */
function gridFor(field: NumericField, shown: number, direction: Direction): number {
  const factor = shownFactor(field);
  const step = field.step * factor;
  if (field.scale !== 'log') return step;
  const towards = direction > 0 ? shown : shown * (1 - GRID_TOLERANCE);
  if (!(towards > 0)) return step;
  return Math.max(step, 10 ** (Math.floor(Math.log10(towards)) - 1));
}

/** Where a step goes, and how the page writes that value. */
export interface Step {
  value: number;
  text: string;
}

/**
 * Where an arrow key or a − / + stepper moves a field: the next round value in that direction,
 * far enough that the value people read changes (`show`; `shownNow` is how the current value
 * reads), within the field's valid range (a value typed beyond the slider's own range keeps
 * stepping). At the range's end it stays put. The text comes back with it: a move formats both
 * steps for the steppers' titles, and formatting is a good part of a move's script.
 */
export function stepValue(
  field: NumericField,
  value: number,
  direction: Direction,
  show: (value: number) => string,
  shownNow: string,
): Step {
  const factor = shownFactor(field);
  let grid = gridFor(field, value * factor, direction);
  let shown = value * factor;
  let next = value;
  let text = shownNow;
  for (let tries = 0; tries < GRIDS * SNAPS_PER_GRID; tries += 1) {
    if (tries > 0 && tries % SNAPS_PER_GRID === 0) {
      grid *= 10;
      shown = value * factor;
    }
    shown = snap(shown, grid, direction);
    next = nearestAccepted(field, Number((shown / factor).toPrecision(12)));
    if (next === value) return { value, text: shownNow };
    text = show(next);
    if (text !== shownNow) return { value: next, text };
    if (next === field.min || next === field.max) return { value: next, text };
  }
  return { value: next, text };
}
