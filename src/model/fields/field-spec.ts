/**
 * The shape of one entry of the field table (spec: shared/spec/cost-model.md, "Scenario"), and the
 * kinds of field several inputs share. The table itself is split by input group into the files
 * beside this one; src/model/scenario.ts joins them and derives the Scenario type from them.
 */

/** Where a field sits in the form. */
export type FieldGroup =
  | 'workload'
  | 'promptA'
  | 'pricesA'
  | 'training'
  | 'people'
  | 'serving'
  | 'dedicated'
  | 'priceChanges'
  | 'quality'
  | 'readiness';

/**
 * One numeric input. `min`..`max` is the VALID range (validation's); `sliderMin`..`sliderMax`,
 * when present, is the narrower range a slider offers (always inside min..max, and above 0 for
 * log sliders); values outside it stay reachable by typing.
 */
export interface NumberSpec {
  /** Short label, e.g. 'Requests per day'. */
  label: string;
  /** The spec's default, in stored units (a fraction for percent fields). */
  default: number;
  /** Short unit shown after a value, e.g. 'requests/day', '$/M tokens', '%'. */
  unit: string;
  min: number;
  max: number;
  /** Slider step in stored units (a fraction for percent fields). */
  step: number;
  /** 'linear' unless said. */
  scale?: 'linear' | 'log';
  sliderMin?: number;
  sliderMax?: number;
  /** Counts, months and token counts: a fraction is rounded to the nearest whole. */
  integer?: boolean;
  /** Stored as a fraction, shown ×100 with '%'. */
  percent?: boolean;
  group: FieldGroup;
  /** One sentence for a tooltip. */
  help: string;
}

/** One yes/no input. */
export interface YesNoSpec {
  label: string;
  default: boolean;
  group: FieldGroup;
  help: string;
}

/** An input that takes one of a few named options, each with a title and a short help. */
export interface ChoiceSpec<T extends string> {
  label: string;
  default: T;
  options: readonly T[];
  optionText: { readonly [K in T]: { title: string; help: string } };
  group: FieldGroup;
}

/** A field group's numeric inputs, keyed by Scenario field, in display order. */
export type NumberSpecs = Readonly<Record<string, NumberSpec>>;
/** A field group's yes/no inputs, keyed by Scenario field, in display order. */
export type YesNoSpecs = Readonly<Record<string, YesNoSpec>>;

/** Token counts: whole tokens. */
export const TOKENS = { unit: 'tokens', step: 1, integer: true } as const;
/** A token price in dollars per million tokens. */
export const PRICE = { unit: '$/M tokens', min: 0, max: 1_000, step: 0.01 } as const;
/** Log slider for $/M token prices: real price lists run from about $0.02 to $150 per 1M. */
export const PRICE_SLIDER = { scale: 'log', sliderMin: 0.01, sliderMax: 200 } as const;
/** Engineering hours. */
export const HOURS = { unit: 'h', step: 1, group: 'people' } as const;
/** A share of something: stored 0..1, shown as a percentage. */
export const SHARE = { unit: '%', min: 0, max: 1, step: 0.01, percent: true } as const;
