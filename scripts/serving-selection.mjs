// Per-token serving for approach B, per open base model (read 2026-12-01). Read by
// scripts/generate-catalog.mjs; edit here, then run `npm run catalog`.
//
// `lora`: a host that serves a LoRA adapter of this base per token, with the genai-prices entry
// its price is read from. Most hosts serve adapters only on dedicated GPUs (Fireworks, for
// instance: https://docs.fireworks.ai/fine-tuning/deploying-loras), so most bases have none.
// `reference`: for a base without such a host, what the base model itself costs per token
// somewhere, shown for reference only: the page says to use dedicated serving.

const TOGETHER_LORA = 'https://docs.together.ai/docs/adapter-upload';
const NEBIUS_LORA = 'https://www.skills.sh/arindam200/nebius-skills/nebius-deploy-lora';

export const SERVING_SELECTION = [
  {
    baseModelId: 'llama-3.1-8b',
    lora: {
      host: 'Nebius Token Factory',
      providerId: 'huggingface_nebius',
      modelRef: 'meta-llama/Llama-3.1-8B-Instruct',
      url: NEBIUS_LORA,
      note:
        'Nebius serves LoRA adapters of Llama 3.1 8B Instruct serverless, billed per token; the ' +
        "base model's per-token price (as Nebius lists it through the Hugging Face router) is " +
        'assumed for the adapter. Together AI also serves 8B adapters per token, on its bf16 ' +
        '"Reference" base, whose price genai-prices does not list.',
    },
  },
  {
    baseModelId: 'qwen-2.5-7b',
    reference: ['openrouter', 'qwen/qwen-2.5-7b-instruct'],
  },
  {
    baseModelId: 'mistral-7b',
    reference: ['ovhcloud', 'Mistral-7B-Instruct-v0.3'],
  },
  {
    baseModelId: 'gemma-2-9b',
    reference: ['huggingface_nebius', 'google/gemma-2-9b-it'],
  },
  {
    baseModelId: 'qwen3-8b',
    reference: ['huggingface_nscale', 'Qwen/Qwen3-8B'],
  },
  {
    baseModelId: 'llama-3.2-3b',
    reference: ['novita', 'meta-llama/llama-3.2-3b-instruct'],
  },
  {
    baseModelId: 'gemma-3-12b',
    reference: ['aws', 'google.gemma-3-12b-it'],
  },
  {
    baseModelId: 'llama-3.1-70b',
    reference: ['novita', 'meta-llama/llama-3.1-70b-instruct'],
    loraWithoutPrice: {
      host: 'Together AI',
      url: TOGETHER_LORA,
      note: 'Together AI serves 70B adapters per token on its bf16 "Reference" base; genai-prices lists no price for it.',
    },
  },
  {
    baseModelId: 'qwen-2.5-72b',
    reference: ['novita', 'qwen/qwen-2.5-72b-instruct'],
    loraWithoutPrice: {
      host: 'Together AI',
      url: TOGETHER_LORA,
      note: 'Together AI serves Qwen2.5 72B adapters per token (FP8 base); genai-prices lists no price for that endpoint.',
    },
  },
  {
    baseModelId: 'gemma-2-27b',
    reference: ['openrouter', 'google/gemma-2-27b-it'],
  },
];
