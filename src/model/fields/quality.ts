/**
 * The cost of wrong answers (version 2). A wrong answer costs nothing by default, so a version-1
 * scenario gives its version-1 result.
 */
import { SHARE, type NumberSpecs } from './field-spec.ts';

/** What a wrong answer costs and how often each option gives one. */
export const QUALITY_FIELDS = {
  failureCost: {
    label: 'Cost of one wrong answer',
    default: 0,
    unit: '$',
    min: 0,
    max: 100_000,
    step: 0.01,
    scale: 'log',
    sliderMin: 0.01,
    sliderMax: 1_000,
    group: 'quality',
    help: 'What one wrong or unusable answer costs the business: a person fixing it, a refund, a lost sale. Estimate it from support tickets or a reviewer’s time per fix.',
  },
  failureRateA: {
    ...SHARE,
    sliderMax: 0.3,
    label: 'Wrong answers, prompted (A)',
    default: 0,
    group: 'quality',
    help: 'Share of A’s answers that fail. Measure it on a golden set of a few hundred real requests, or on a human-reviewed sample of live traffic.',
  },
  failureRateB: {
    ...SHARE,
    sliderMax: 0.3,
    label: 'Wrong answers, fine-tuned (B)',
    default: 0,
    group: 'quality',
    help: 'Share of B’s final answers that fail, after any fallback to A. Measure it on the same golden set before release; until then, try a range.',
  },
} satisfies NumberSpecs;
