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
  const factor = field.percent ? 100 : 1;
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
