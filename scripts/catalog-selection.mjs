// What the catalog offers: the curated API models and, for each open base model, the serverless
// hosts to take its price from. Read by scripts/generate-catalog.mjs; edit here, then run
// `npm run catalog`.

const OPENAI_DEPRECATIONS = 'https://developers.openai.com/api/docs/deprecations';
const ANTHROPIC_DEPRECATIONS =
  'https://platform.claude.com/docs/en/about-claude/model-deprecations';
const GOOGLE_DEPRECATIONS = 'https://ai.google.dev/gemini-api/docs/deprecations';

const current = (providerId, id, name) => ({ providerId, id, name, status: 'current' });
const older = (status, providerId, id, name, statusNote, statusUrl) => ({
  providerId,
  id,
  name,
  status,
  statusNote,
  statusUrl,
});

const GPT_LEGACY = 'Older generation, superseded by GPT-5.x and GPT-6; still priced on the API.';
const GEMINI_LEGACY =
  "Previous generation; check Google's deprecations page for its shutdown date.";

/**
 * The API models a product manager will recognise: each provider's current line-up plus the
 * widely used older models that many existing prompts still run on. `id` is genai-prices'
 * model id; status is hand-curated (the package only flags a few models as deprecated).
 */
export const API_SELECTION = [
  current('openai', 'gpt-6-sol', 'GPT-6 Sol'),
  current('openai', 'gpt-6-luna', 'GPT-6 Luna'),
  current('openai', 'gpt-6-astra', 'GPT-6 Astra'),
  current('openai', 'gpt-5.6-sol', 'GPT-5.6 Sol'),
  current('openai', 'gpt-5.6-terra', 'GPT-5.6 Terra'),
  current('openai', 'gpt-5.6-luna', 'GPT-5.6 Luna'),
  older('legacy', 'openai', 'gpt-4.1', 'GPT-4.1', GPT_LEGACY, OPENAI_DEPRECATIONS),
  older('legacy', 'openai', 'gpt-4o', 'GPT-4o', GPT_LEGACY, OPENAI_DEPRECATIONS),
  current('anthropic', 'claude-opus-5-5', 'Claude Opus 5.5'),
  current('anthropic', 'claude-sonnet-5', 'Claude Sonnet 5'),
  current('anthropic', 'claude-haiku-4-5', 'Claude Haiku 4.5'),
  older(
    'retired',
    'anthropic',
    'claude-3-5-sonnet',
    'Claude 3.5 Sonnet',
    "Retired on Anthropic's own API (October 2025); kept for comparison with older cost estimates.",
    ANTHROPIC_DEPRECATIONS,
  ),
  older(
    'preview',
    'google',
    'gemini-3.1-pro-preview',
    'Gemini 3.1 Pro (preview)',
    'Preview model: Google may change its price or withdraw it at short notice.',
    GOOGLE_DEPRECATIONS,
  ),
  current('google', 'gemini-3.8-flash', 'Gemini 3.8 Flash'),
  current('google', 'gemini-3.5-flash', 'Gemini 3.5 Flash'),
  older('legacy', 'google', 'gemini-2.5-pro', 'Gemini 2.5 Pro', GEMINI_LEGACY, GOOGLE_DEPRECATIONS),
  older(
    'legacy',
    'google',
    'gemini-2.5-flash',
    'Gemini 2.5 Flash',
    GEMINI_LEGACY,
    GOOGLE_DEPRECATIONS,
  ),
];

/**
 * Serverless hosts for the open base models, first listed wins. Together comes first because
 * it also runs the managed LoRA training the catalog prices and serves LoRA adapters at the
 * base model's per-token price; the others are there for models Together does not list.
 */
export const SERVING_SELECTION = [
  {
    baseModelId: 'llama-3.1-8b',
    candidates: [
      ['together', 'meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo'],
      ['fireworks', 'llama-v3p1-8b-instruct'],
      ['groq', 'llama-3.1-8b-instant'],
    ],
  },
  {
    baseModelId: 'qwen-2.5-7b',
    candidates: [
      ['huggingface_together', 'Qwen/Qwen2.5-7B-Instruct'],
      ['openrouter', 'qwen/qwen-2.5-7b-instruct'],
    ],
  },
  {
    baseModelId: 'mistral-7b',
    candidates: [
      ['together', 'mistralai/Mistral-7B-Instruct-v0.2'],
      ['novita', 'mistralai/mistral-7b-instruct'],
    ],
  },
  {
    baseModelId: 'gemma-2-9b',
    candidates: [
      ['groq', 'gemma2-9b-it'],
      ['novita', 'google/gemma-2-9b-it'],
    ],
  },
  {
    baseModelId: 'llama-3.1-70b',
    candidates: [
      ['together', 'meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo'],
      ['groq', 'llama-3.1-70b-versatile'],
    ],
  },
  {
    baseModelId: 'qwen-2.5-72b',
    candidates: [
      ['novita', 'qwen/qwen-2.5-72b-instruct'],
      ['openrouter', 'qwen/qwen-2.5-72b-instruct'],
    ],
  },
  {
    baseModelId: 'gemma-2-27b',
    candidates: [['openrouter', 'google/gemma-2-27b-it']],
  },
];
