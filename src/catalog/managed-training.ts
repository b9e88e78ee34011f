/**
 * Managed LoRA fine-tuning, priced per 1M training tokens by model size (Together AI's
 * price structure). Only the smallest band is confirmed on the current price page; the
 * two larger bands are estimates and say so.
 */
import type { Sourced } from './types.ts';

interface SizeBand {
  /** Inclusive upper bound of the band, in billions of parameters. */
  readonly maxParamsBillions: number;
  readonly price: Sourced;
}

const TOGETHER_PRICING = 'https://www.together.ai/pricing';
const CHECKED = '2026-11-28';

const BANDS: readonly SizeBand[] = [
  {
    maxParamsBillions: 16,
    price: {
      value: 0.48,
      source: 'Together AI fine-tuning price (LoRA, up to 16B)',
      url: TOGETHER_PRICING,
      date: CHECKED,
      estimate: false,
      note: 'Published price per 1M training tokens (tokens × epochs) for supervised LoRA on models up to 16B.',
    },
  },
  {
    maxParamsBillions: 69,
    price: {
      value: 1.5,
      source: 'Estimate: Together AI LoRA, 17–69B band',
      url: TOGETHER_PRICING,
      date: CHECKED,
      estimate: true,
      note: 'Band price as Together has listed it for 17–69B models; not confirmed on the current page.',
    },
  },
  {
    maxParamsBillions: 100,
    price: {
      value: 2.9,
      source: 'Estimate: Together AI LoRA, 70–100B band',
      url: TOGETHER_PRICING,
      date: CHECKED,
      estimate: true,
      note: 'Band price as Together has listed it for 70–100B models; not confirmed on the current page.',
    },
  },
];

/**
 * Managed LoRA price per 1M training tokens for a model of this size. Sizes between bands
 * (16.5B) fall into the next band up; anything above 100B uses the largest band.
 */
export function managedTrainingPrice(paramsBillions: number): Sourced {
  const band = BANDS.find((b) => paramsBillions <= b.maxParamsBillions) ?? BANDS[BANDS.length - 1];
  if (!band) throw new Error('No managed training price bands');
  return band.price;
}
