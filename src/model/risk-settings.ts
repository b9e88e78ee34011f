/**
 * What the user chooses for the risk simulation, and its defaults. A file of its own, with no
 * code behind it, because the page's first load needs these defaults and nothing else of the
 * simulation.
 */
import type { Range, RangedKey } from './risk-draws.ts';

/** The spec's default number of simulated futures. */
export const DEFAULT_SAMPLES = 2_000;
/** The seed used when none is given (and the one a link leaves out). */
export const DEFAULT_SEED = 1;

/**
 * What the user chose per ranged input: absent means the default range around the current
 * value; `null` means "certain" (no range); a range is the user's own low and high.
 */
export type RangeSettings = Partial<Record<RangedKey, Range | null>>;

/** Everything the user chose for the simulation: the ranges and the generator's seed. */
export interface RiskSettings {
  ranges: RangeSettings;
  /** Any whole number 0..4,294,967,295; the same seed draws the same futures. */
  seed: number;
}

/** Every range at its default, seed 1: what a page without a link simulates. */
export const DEFAULT_RISK: RiskSettings = { ranges: {}, seed: DEFAULT_SEED };
