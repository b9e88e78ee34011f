/**
 * Option A's prompt: the system prompt, the few-shot examples and the provider's prompt cache.
 * The cache's version-2 facts (shortest prefix, lifetime) are neutral by default, so a version-1
 * scenario gives its version-1 result; choosing a model in the catalog fills the real ones.
 */
import { TOKENS, SHARE, type NumberSpecs, type YesNoSpecs } from './field-spec.ts';

/** The prompt sent with every request to the API model, in display order. */
export const PROMPT_A_FIELDS = {
  systemPromptTokens: {
    ...TOKENS,
    label: 'System prompt',
    default: 1_500,
    min: 0,
    max: 1_000_000,
    scale: 'log',
    sliderMin: 10,
    sliderMax: 20_000,
    group: 'promptA',
    help: 'Instructions sent with every request to the API model.',
  },
  fewShotExamples: {
    label: 'Few-shot examples',
    default: 5,
    unit: 'examples',
    min: 0,
    max: 1_000,
    step: 1,
    sliderMax: 50,
    integer: true,
    group: 'promptA',
    help: 'Worked examples included in every prompt to show the API model what to do.',
  },
  fewShotTokensPerExample: {
    ...TOKENS,
    label: 'Tokens per few-shot example',
    default: 300,
    min: 0,
    max: 100_000,
    sliderMax: 2_000,
    group: 'promptA',
    help: 'Length of one few-shot example.',
  },
  cacheHitRate: {
    ...SHARE,
    label: 'Prompt cache hit rate',
    default: 0.8,
    group: 'promptA',
    help: 'Share of requests whose repeated prompt prefix is read from the provider’s cache.',
  },
  cacheMinPrefixTokens: {
    ...TOKENS,
    label: 'Shortest cacheable prefix',
    default: 0,
    min: 0,
    max: 1_000_000,
    sliderMax: 8_192,
    group: 'promptA',
    help: 'Providers cache only prefixes at least this long (1,024 tokens for most OpenAI and Anthropic models); a shorter prompt pays the full input price.',
  },
  cacheTtlMinutes: {
    label: 'Cache lifetime',
    default: 0,
    unit: 'min',
    min: 0,
    max: 10_080,
    step: 1,
    integer: true,
    sliderMax: 1_440,
    group: 'promptA',
    help: 'How long a cached prefix lives without a new request (often 5 minutes); at low volume it expires between requests. 0 takes the hit rate as given.',
  },
} satisfies NumberSpecs;

/** Whether the prompt cache is used at all. */
export const PROMPT_A_YES_NO = {
  promptCaching: {
    label: 'Prompt caching',
    default: true,
    group: 'promptA',
    help: 'Whether the API caches the repeated prompt prefix and charges less to reuse it.',
  },
} satisfies YesNoSpecs;
