// What the catalog offers for approach A. Read by scripts/generate-catalog.mjs; edit here, then
// run `npm run catalog`. Every current, priceable model of genai-prices is offered; this file
// names the curated ones shown first and the lifecycle facts the package does not carry.

const OPENAI_DEPRECATIONS = 'https://developers.openai.com/api/docs/deprecations';
const ANTHROPIC_DEPRECATIONS =
  'https://platform.claude.com/docs/en/about-claude/model-deprecations';
const GOOGLE_DEPRECATIONS = 'https://ai.google.dev/gemini-api/docs/deprecations';

/**
 * The curated models, shown first in the picker: each provider's current line-up as a product
 * manager will recognise it (read 2026-12-01). `id` is genai-prices' model id; the catalog id
 * of a curated model is that id alone, which keeps links made before version 2 working.
 */
export const CURATED = [
  ['openai', 'gpt-6-sol', 'GPT-6 Sol'],
  ['openai', 'gpt-6-luna', 'GPT-6 Luna'],
  ['openai', 'gpt-6-astra', 'GPT-6 Astra'],
  ['openai', 'gpt-5.6-sol', 'GPT-5.6 Sol'],
  ['openai', 'gpt-5.6-terra', 'GPT-5.6 Terra'],
  ['openai', 'gpt-5.6-luna', 'GPT-5.6 Luna'],
  ['anthropic', 'claude-opus-5-5', 'Claude Opus 5.5'],
  ['anthropic', 'claude-sonnet-5', 'Claude Sonnet 5'],
  ['anthropic', 'claude-haiku-4-5', 'Claude Haiku 4.5'],
  ['google', 'gemini-3.8-flash', 'Gemini 3.8 Flash'],
  ['google', 'gemini-3.5-flash', 'Gemini 3.5 Flash'],
  ['google', 'gemini-3.5-flash-lite', 'Gemini 3.5 Flash-Lite'],
  ['google', 'gemini-3.1-pro-preview', 'Gemini 3.1 Pro (preview)'],
  ['deepseek', 'deepseek-v4-flash', 'DeepSeek V4 Flash'],
  ['deepseek', 'deepseek-v4-pro', 'DeepSeek V4 Pro'],
  ['x-ai', 'grok-4.6', 'Grok 4.6'],
  ['mistral', 'mistral-medium-3-5', 'Mistral Medium 3.5'],
  ['mistral', 'mistral-large-2512', 'Mistral Large 3'],
].map(([providerId, id, name]) => ({ providerId, id, name }));

/**
 * Lifecycle facts from the providers' deprecation pages (read 2026-12-01), for the providers'
 * own APIs only: Bedrock, Azure, Vertex and the routers set their own schedules. `retired`
 * models are hidden from the picker (an old link still opens them, with a notice); `retiring`
 * and `preview` ones are offered with a label. genai-prices' own `deprecated` flag also retires.
 */
export const LIFECYCLE = [
  {
    status: 'retired',
    providerId: 'anthropic',
    ids: ['claude-v1', 'claude-2', 'claude-3-sonnet'],
    note: 'Retired by Anthropic on 2025-07-21.',
    url: ANTHROPIC_DEPRECATIONS,
  },
  {
    status: 'retired',
    providerId: 'anthropic',
    ids: ['claude-3-5-sonnet'],
    note: 'Retired by Anthropic in October 2025; requests to it fail.',
    url: ANTHROPIC_DEPRECATIONS,
  },
  {
    status: 'retired',
    providerId: 'anthropic',
    ids: ['claude-3-opus-latest'],
    note: 'Retired by Anthropic on 2026-01-05.',
    url: ANTHROPIC_DEPRECATIONS,
  },
  {
    status: 'retired',
    providerId: 'anthropic',
    ids: ['claude-3-7-sonnet-latest'],
    note: 'Retired by Anthropic on 2026-02-19.',
    url: ANTHROPIC_DEPRECATIONS,
  },
  {
    status: 'retired',
    providerId: 'anthropic',
    ids: ['claude-sonnet-4-0', 'claude-opus-4-0'],
    note: 'Retired by Anthropic on 2026-06-15.',
    url: 'https://platform.claude.com/docs/en/release-notes/overview',
  },
  {
    status: 'retired',
    providerId: 'openai',
    ids: ['ada', 'babbage', 'curie', 'davinci', 'text-davinci-002', 'text-davinci-003'],
    note: 'Shut down by OpenAI on 2024-01-04.',
    url: OPENAI_DEPRECATIONS,
  },
  {
    status: 'retired',
    providerId: 'openai',
    ids: [
      'gpt-3.5-0301',
      'gpt-3.5-turbo-0613',
      'gpt-3.5-turbo-16k',
      'gpt-4-32k',
      'gpt-4-vision-preview',
      'gpt-4.5-preview',
      'o1-preview',
      'o1-mini',
      'chatgpt-4o-latest',
    ],
    note: 'Shut down by OpenAI (2024–2026).',
    url: OPENAI_DEPRECATIONS,
  },
  {
    status: 'retired',
    providerId: 'openai',
    ids: [
      'gpt-3.5-turbo',
      'gpt-3.5-turbo-1106',
      'gpt-3.5-turbo-instruct',
      'gpt-4',
      'gpt-4-turbo',
      'gpt-4o-2024-05-13',
      'gpt-4.1-nano',
      'o1',
      'o1-pro',
      'o3-mini',
      'o4-mini',
    ],
    note: 'Shut down by OpenAI on 2026-10-23.',
    url: OPENAI_DEPRECATIONS,
  },
  {
    status: 'retiring',
    providerId: 'openai',
    ids: ['gpt-5', 'gpt-5-mini', 'gpt-5-nano', 'gpt-5-pro', 'o3', 'o3-pro'],
    note: 'OpenAI shuts it down on 2026-12-11.',
    url: OPENAI_DEPRECATIONS,
  },
  {
    status: 'retiring',
    providerId: 'openai',
    ids: ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'gpt-4.1-mini'],
    note: 'OpenAI shuts it down on 2027-01-14 (replacement: GPT-6 Luna).',
    url: OPENAI_DEPRECATIONS,
  },
  {
    status: 'retired',
    providerId: 'google',
    ids: [
      'gemini-pro',
      'gemini-1.0-pro-vision-001',
      'gemini-1.5-flash',
      'gemini-1.5-pro',
      'gemini-flash-1.5',
      'gemini-flash-1.5-8b',
      'gemini-pro-1.5',
      'gemini-3-pro-preview',
    ],
    note: 'Shut down by Google (Gemini 1.x in 2025, Gemini 3 Pro preview on 2026-03-09).',
    url: GOOGLE_DEPRECATIONS,
  },
  {
    status: 'retired',
    providerId: 'google',
    ids: ['gemini-2.5-pro', 'gemini-2.5-flash'],
    note: 'Shut down on the Gemini API on 2026-12-01; requests are routed to Gemini 3.8 Flash / 3.5 Flash-Lite at their prices.',
    url: GOOGLE_DEPRECATIONS,
  },
  {
    status: 'preview',
    providerId: 'google',
    ids: ['gemini-3.1-pro-preview', 'gemini-3-flash-preview'],
    note: 'Preview model: Google may change its price or withdraw it at short notice.',
    url: GOOGLE_DEPRECATIONS,
  },
];
