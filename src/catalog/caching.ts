/**
 * Prompt caching as each provider documents it: the shortest prefix it caches, how long a cached
 * prefix lives without a new request, and whether caching is automatic or must be asked for.
 * Model-specific facts for the curated models' families, provider defaults for the rest, and a
 * labelled general default where a provider publishes nothing. All read on 2026-12-01.
 * (The cache-write price itself comes with the prices, from genai-prices.)
 */
import type { ApiModel, Sourced } from './types.ts';

const READ = '2026-12-01';

export interface CachingRule {
  /** genai-prices provider id this rule applies to. */
  readonly providerId: string;
  /** Applies to model ids (genai-prices' `modelRef`) matching this; absent: the provider default. */
  readonly models?: RegExp;
  readonly minPrefixTokens: number;
  readonly ttlMinutes: number;
  readonly mode: 'automatic' | 'explicit';
  readonly source: string;
  readonly url: string;
  /** What the figures rest on; says which of them are assumed. */
  readonly note: string;
  /** True when a figure is assumed rather than published. */
  readonly estimate: boolean;
}

const ANTHROPIC = 'https://platform.claude.com/docs/en/build-with-claude/prompt-caching';
const ANTHROPIC_MIN =
  'https://dev.to/creeta/claudes-prompt-cache-fails-silently-below-1024-tokens-1ch1';
const OPENAI = 'https://developers.openai.com/api/docs/guides/prompt-caching';
const GEMINI = 'https://ai.google.dev/gemini-api/docs/caching';
const ANTHROPIC_NOTE =
  'Cached on request (cache_control, per block or at the top level); a prefix lives 5 minutes ' +
  'after its last use (1 hour at twice the input price to write), writes cost 1.25× input.';

/** First match wins: model-specific rules before their provider's default. */
export const CACHING_RULES: readonly CachingRule[] = [
  ...[
    [/^claude-(opus-5$|fable-5)/, 512],
    [/^claude-opus-5-5/, 512],
    [/^claude-opus-4-7/, 2048],
    [/^claude-(opus-4-[56]|haiku-4-5)/, 4096],
    [/^claude-(haiku-3|3-5-haiku|3-haiku)/, 2048],
  ].map(([models, min]): CachingRule => ({
    providerId: 'anthropic',
    models: models as RegExp,
    minPrefixTokens: min as number,
    ttlMinutes: 5,
    mode: 'explicit',
    source: 'Anthropic prompt-caching docs (minimums as summarised on dev.to)',
    url: ANTHROPIC_MIN,
    note:
      `${ANTHROPIC_NOTE} Minimums differ by model: 512 for Opus 5 and Fable 5, 1,024 for Sonnet 5 ` +
      'and Sonnet/Opus 4.x, 2,048 for Opus 4.7, 4,096 for Opus 4.5/4.6 and Haiku 4.5.' +
      ((models as RegExp).source.includes('5-5')
        ? ' Opus 5.5 is not in the published table: Opus 5’s 512 is assumed.'
        : ''),
    estimate: (models as RegExp).source.includes('5-5'),
  })),
  {
    providerId: 'anthropic',
    minPrefixTokens: 1024,
    ttlMinutes: 5,
    mode: 'explicit',
    source: 'Anthropic prompt-caching docs',
    url: ANTHROPIC,
    note: `${ANTHROPIC_NOTE} 1,024 tokens is the minimum for Sonnet 5 and most other models.`,
    estimate: false,
  },
  {
    providerId: 'openai',
    models: /^gpt-(5\.6|6)/,
    minPrefixTokens: 1024,
    ttlMinutes: 30,
    mode: 'automatic',
    source: 'OpenAI prompt-caching guide; GPT-5.6 caching terms',
    url: 'https://ai-cost-estimator.com/blog/gpt-5-6-30-minute-cache-life-new-caching-economics-explained-coding-agents',
    note:
      'Automatic for prompts of 1,024 tokens or more. From GPT-5.6 on, a cached prefix lives at least ' +
      '30 minutes and writes cost 1.25× input (reads 0.1×); a prompt_cache_key improves hit rates. ' +
      'GPT-6 is assumed to keep the GPT-5.6 terms.',
    estimate: false,
  },
  {
    providerId: 'openai',
    models: /^gpt-5\.5/,
    minPrefixTokens: 1024,
    ttlMinutes: 1440,
    mode: 'automatic',
    source: 'OpenAI prompt-caching guide (extended retention)',
    url: OPENAI,
    note: 'Automatic from 1,024 tokens; GPT-5.5 keeps cached prefixes for up to 24 hours by default, no write fee.',
    estimate: false,
  },
  {
    providerId: 'openai',
    minPrefixTokens: 1024,
    ttlMinutes: 5,
    mode: 'automatic',
    source: 'OpenAI prompt-caching guide',
    url: OPENAI,
    note:
      'Automatic from 1,024 tokens, no write fee; in-memory caches are typically cleared after ' +
      '5–10 minutes without use (the shorter is taken).',
    estimate: false,
  },
  {
    providerId: 'google',
    models: /^gemini-2\.5/,
    minPrefixTokens: 2048,
    ttlMinutes: 5,
    mode: 'automatic',
    source: 'Gemini API context-caching docs',
    url: GEMINI,
    note:
      'Implicit caching is automatic, with no write fee and no storage fee. Google publishes no ' +
      'lifetime for implicit caches: 5 minutes is assumed. (Explicit caches last 1 hour by default ' +
      'and are billed for storage, which this calculator does not model.)',
    estimate: true,
  },
  {
    providerId: 'google',
    minPrefixTokens: 4096,
    ttlMinutes: 5,
    mode: 'automatic',
    source: 'Gemini API context-caching docs',
    url: GEMINI,
    note:
      'Implicit caching is automatic from 4,096 tokens on Gemini 3.x models, with no write fee. ' +
      'Google publishes no lifetime for implicit caches: 5 minutes is assumed.',
    estimate: true,
  },
  {
    providerId: 'deepseek',
    minPrefixTokens: 64,
    ttlMinutes: 60,
    mode: 'automatic',
    source: 'DeepSeek context-caching guide',
    url: 'https://api-docs.deepseek.com/guides/kv_cache',
    note:
      'Disk caching is on for every request, no write fee; prefixes are stored in units, so very ' +
      'short ones are not cached (64 tokens assumed). DeepSeek keeps caches for hours to days: ' +
      '1 hour is assumed.',
    estimate: true,
  },
  {
    providerId: 'x-ai',
    minPrefixTokens: 128,
    ttlMinutes: 5,
    mode: 'automatic',
    source: 'xAI prompt-caching docs',
    url: 'https://docs.x.ai/developers/advanced-api-usage/prompt-caching/best-practices',
    note:
      'Automatic on every Grok model, no write fee; prefixes match in 128-token blocks. Entries can be ' +
      'evicted at any time and xAI publishes no lifetime: 5 minutes is assumed.',
    estimate: true,
  },
  {
    providerId: 'mistral',
    minPrefixTokens: 1024,
    ttlMinutes: 5,
    mode: 'automatic',
    source: 'Mistral prompt-caching docs',
    url: 'https://docs.mistral.ai/studio-api/conversations/advanced/prompt-caching',
    note:
      'Cached prompt tokens are billed at 10% of input; a prompt_cache_key raises the hit rate. ' +
      'Mistral publishes no minimum or lifetime: 1,024 tokens and 5 minutes are assumed.',
    estimate: true,
  },
  {
    providerId: 'aws',
    models: /haiku-4-5|opus-4-[5-7]/,
    minPrefixTokens: 4096,
    ttlMinutes: 5,
    mode: 'explicit',
    source: 'Amazon Bedrock prompt-caching docs',
    url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-caching.html',
    note: 'Cache checkpoints, 5 minutes after last use (1 hour optional); 4,096 tokens minimum for Claude Haiku 4.5 and Opus 4.5–4.7.',
    estimate: false,
  },
  {
    providerId: 'aws',
    minPrefixTokens: 1024,
    ttlMinutes: 5,
    mode: 'explicit',
    source: 'Amazon Bedrock prompt-caching docs',
    url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-caching.html',
    note: 'Cache checkpoints (Claude, Nova), 5 minutes after last use; 1,024 tokens minimum for Claude Sonnet models, assumed for the rest.',
    estimate: false,
  },
  {
    providerId: 'azure',
    minPrefixTokens: 1024,
    ttlMinutes: 5,
    mode: 'automatic',
    source: 'Azure OpenAI prompt-caching docs',
    url: 'https://learn.microsoft.com/en-us/azure/ai-foundry/openai/how-to/prompt-caching',
    note: 'Automatic from 1,024 tokens; caches are typically cleared after 5–10 minutes without use.',
    estimate: false,
  },
];

/** For providers that publish nothing: the values most providers above share. */
export const DEFAULT_CACHING: Omit<CachingRule, 'providerId'> = {
  minPrefixTokens: 1024,
  ttlMinutes: 5,
  mode: 'automatic',
  source: 'Default for providers without published caching terms',
  url: OPENAI,
  note:
    'This provider publishes no caching terms the catalog has read: the most common figures ' +
    '(1,024 tokens, 5 minutes, as at OpenAI and Anthropic) are assumed. Routers pass caching ' +
    'through to the model’s own provider when they can.',
  estimate: true,
};

/** The caching rule for a model: its own, else its provider's, else the general default. */
export function cachingRule(model: Pick<ApiModel, 'providerId' | 'modelRef'>) {
  return (
    CACHING_RULES.find(
      (r) => r.providerId === model.providerId && (!r.models || r.models.test(model.modelRef)),
    ) ?? { ...DEFAULT_CACHING, providerId: model.providerId }
  );
}

/** The two scenario values caching rules fill, with their provenance. */
export function cachingSources(model: Pick<ApiModel, 'providerId' | 'modelRef'>): {
  minPrefixTokens: Sourced;
  ttlMinutes: Sourced;
} {
  const rule = cachingRule(model);
  const ref = {
    source: rule.source,
    url: rule.url,
    date: READ,
    estimate: rule.estimate,
    note: `${rule.mode === 'automatic' ? 'Automatic caching.' : 'Caching on request.'} ${rule.note}`,
  };
  return {
    minPrefixTokens: { ...ref, value: rule.minPrefixTokens },
    ttlMinutes: { ...ref, value: rule.ttlMinutes },
  };
}
