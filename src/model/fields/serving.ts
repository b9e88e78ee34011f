/**
 * Option B in use: the prompt left after fine-tuning, the tokenizer, fallback to A, and how the
 * model is served (per token, or per GPU-hour on dedicated GPUs).
 */
import {
  PRICE,
  PRICE_SLIDER,
  SHARE,
  TOKENS,
  type ChoiceSpec,
  type NumberSpecs,
} from './field-spec.ts';

/** The fine-tuned model in use and, when served per token, its prices; in display order. */
export const SERVING_FIELDS = {
  residualPromptTokens: {
    ...TOKENS,
    label: 'Prompt left after fine-tuning',
    default: 150,
    min: 0,
    max: 1_000_000,
    sliderMax: 2_000,
    group: 'serving',
    help: 'Instructions still sent with every request once the model is fine-tuned.',
  },
  tokenizerRatio: {
    label: 'Tokenizer ratio',
    default: 1,
    unit: '×',
    min: 0.5,
    max: 2,
    step: 0.01,
    group: 'serving',
    help: 'Tokens the small model needs for text that the API model counts as one token.',
  },
  fallbackRate: {
    ...SHARE,
    label: 'Fallback to the API model',
    default: 0,
    group: 'serving',
    help: 'Share of requests the fine-tuned model cannot handle, sent to the API model as well.',
  },
  servingInputPrice: {
    ...PRICE,
    ...PRICE_SLIDER,
    label: 'Serving input price',
    default: 0.18,
    group: 'serving',
    help: 'Per-token price of input to the fine-tuned model on a serverless host.',
  },
  servingOutputPrice: {
    ...PRICE,
    ...PRICE_SLIDER,
    label: 'Serving output price',
    default: 0.18,
    group: 'serving',
    help: 'Per-token price of output from the fine-tuned model on a serverless host.',
  },
  servingHourlyFee: {
    label: 'Hosting fee',
    default: 0,
    unit: '$/h',
    min: 0,
    max: 10_000,
    step: 0.01,
    sliderMax: 20,
    group: 'serving',
    help: 'Fixed hourly fee some hosts charge to keep a fine-tuned model deployed.',
  },
} satisfies NumberSpecs;

/** Dedicated GPUs: used only in the dedicated serving mode; in display order. */
export const DEDICATED_FIELDS = {
  gpuHourlyPrice: {
    label: 'GPU price',
    default: 2.99,
    unit: '$/h',
    min: 0,
    max: 1_000,
    step: 0.01,
    sliderMax: 20,
    group: 'dedicated',
    help: 'Rental price of one GPU for one hour.',
  },
  gpuOutputTokensPerSecond: {
    label: 'GPU throughput',
    default: 3_400,
    unit: 'tokens/s',
    min: 1,
    max: 1_000_000,
    step: 1,
    scale: 'log',
    sliderMin: 100,
    sliderMax: 50_000,
    group: 'dedicated',
    help: 'Output tokens per second one GPU sustains for this model with batching.',
  },
  inputTokenWeight: {
    label: 'Input token weight',
    default: 0.15,
    unit: '×',
    min: 0,
    max: 1,
    step: 0.01,
    group: 'dedicated',
    help: 'GPU time one input token takes, relative to one output token.',
  },
  targetUtilization: {
    ...SHARE,
    min: 0.01,
    label: 'Target GPU utilization',
    default: 0.5,
    group: 'dedicated',
    help: 'Share of GPU capacity used on average, leaving headroom for peaks.',
  },
  minGpus: {
    label: 'Minimum GPUs',
    default: 1,
    unit: 'GPUs',
    min: 1,
    max: 1_000,
    step: 1,
    sliderMax: 16,
    integer: true,
    group: 'dedicated',
    help: 'GPUs kept running at all times; a large model may need several for one copy.',
  },
} satisfies NumberSpecs;

/** How fine-tuned model B is served: per token (serverless) or per GPU-hour (dedicated). */
export type ServingMode = 'serverless' | 'dedicated';

/** The two serving modes, in display order. */
export const SERVING_MODES: readonly ServingMode[] = ['serverless', 'dedicated'];

/** The one input that is a choice rather than a number or a yes/no. */
export const SERVING_MODE_FIELD: ChoiceSpec<ServingMode> = {
  label: 'Serving mode',
  default: 'serverless',
  options: SERVING_MODES,
  optionText: {
    serverless: { title: 'Serverless', help: 'pay per token, no idle cost' },
    dedicated: { title: 'Dedicated GPU', help: 'pay per GPU-hour, cheaper at high volume' },
  },
  group: 'serving',
};
