/**
 * The workload's fields: traffic, its growth, the horizon and the size of one request (spec:
 * "Scenario"). Requests and tokens are the same for A, B and C.
 */
import { TOKENS, SHARE, type NumberSpecs } from './field-spec.ts';

/** Traffic and request size, in display order. */
export const WORKLOAD_FIELDS = {
  requestsPerDay: {
    label: 'Requests per day',
    default: 10_000,
    unit: 'requests/day',
    min: 0,
    max: 100_000_000,
    step: 1,
    scale: 'log',
    sliderMin: 10,
    sliderMax: 10_000_000,
    group: 'workload',
    help: 'Average requests per day in the first month; growth applies from month 2.',
  },
  monthlyGrowth: {
    ...SHARE,
    min: -0.5,
    max: 2,
    sliderMin: -0.2,
    sliderMax: 0.5,
    label: 'Monthly growth',
    default: 0,
    group: 'workload',
    help: 'How much the request volume grows each month, compounded.',
  },
  horizonMonths: {
    label: 'Time horizon',
    default: 12,
    unit: 'months',
    min: 1,
    max: 60,
    step: 1,
    integer: true,
    group: 'workload',
    help: 'How many months the two options are compared over.',
  },
  inputTokens: {
    ...TOKENS,
    label: 'Input tokens per request',
    default: 500,
    min: 0,
    max: 1_000_000,
    scale: 'log',
    sliderMin: 10,
    sliderMax: 20_000,
    group: 'workload',
    help: "The request's own text (user input, retrieved context), sent to either model.",
  },
  outputTokens: {
    ...TOKENS,
    label: 'Output tokens per request',
    default: 300,
    min: 0,
    max: 100_000,
    scale: 'log',
    sliderMin: 10,
    sliderMax: 4_000,
    group: 'workload',
    help: 'Tokens the model writes back for one request.',
  },
} satisfies NumberSpecs;
