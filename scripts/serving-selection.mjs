// Serverless hosts for the open base models, first listed wins (see generate-catalog.mjs).

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
