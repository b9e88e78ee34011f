/**
 * Open base models that approach B fine-tunes with LoRA. Hand-curated: genai-prices
 * knows what hosts charge for these models, not how big they are or how they tokenize.
 */
import { DEFAULT_SELECTION } from './fields.ts';
import { tokenizerRatio, type BaseTokenizer } from './tokenizer-ratios.ts';
import type { Sourced } from './types.ts';

export interface BaseModel {
  readonly id: string;
  readonly name: string;
  /** 'small' runs on one GPU; 'large' is the 27–72B class (spec: allowed, not default). */
  readonly sizeClass: 'small' | 'large';
  /** Parameters in billions, from the model card. */
  readonly paramsBillions: Sourced;
  /** Tokens this model's tokenizer produces for text that o200k (OpenAI's tokenizer) counts as 1. */
  readonly tokenizerRatio: Sourced;
  /** The tokenizer B's counts come from (Mistral's is not shipped: estimated). */
  readonly tokenizerFamily: BaseTokenizer;
  /** Why a related tokenizer stands in for this model's own; `null` when it is its own. */
  readonly tokenizerProxy: string | null;
  /** Longest context the model card gives, in tokens. */
  readonly contextTokens: number;
  /** The weights' licence, as the model card names it. */
  readonly licence: string;
  /** Its tokenizer, in words (vocabulary size where the card gives it). */
  readonly tokenizer: string;
  /** Which managed LoRA services train it, with the page that says so; read 2026-12-01. */
  readonly managedLora: string;
}

const CHECKED = '2026-11-28';

/** Model cards state parameter counts; these are the safetensors totals they list. */
const card = (value: number, url: string): Sourced => ({
  value,
  source: 'Hugging Face model card',
  url,
  date: CHECKED,
  estimate: false,
  note: null,
});

const GEMMA3_PROXY =
  'Gemma 3’s 262k vocabulary is counted with Gemma 2’s 256k one, which the project ships.';

const TOGETHER_FT = 'Together AI LoRA fine-tuning (docs.together.ai/docs/fine-tuning-models)';

export const BASE_MODELS: readonly BaseModel[] = [
  {
    id: 'llama-3.1-8b',
    name: 'Llama 3.1 8B',
    sizeClass: 'small',
    paramsBillions: card(8.03, 'https://huggingface.co/meta-llama/Llama-3.1-8B'),
    tokenizerFamily: 'llama3',
    tokenizerProxy: null,
    tokenizerRatio: tokenizerRatio('llama3', 'o200k'),
    contextTokens: 131_072,
    licence: 'Llama 3.1 Community License',
    tokenizer: 'Llama 3 (128,256-token vocabulary)',
    managedLora: TOGETHER_FT,
  },
  {
    id: 'qwen-2.5-7b',
    name: 'Qwen 2.5 7B',
    sizeClass: 'small',
    paramsBillions: card(7.62, 'https://huggingface.co/Qwen/Qwen2.5-7B'),
    tokenizerFamily: 'qwen2_5',
    tokenizerProxy: null,
    tokenizerRatio: tokenizerRatio('qwen2_5', 'o200k'),
    contextTokens: 131_072,
    licence: 'Apache 2.0',
    tokenizer: 'Qwen 2.5 (151,643-token vocabulary)',
    managedLora: 'Predibase, Together AI (docs.predibase.com/fine-tuning/models)',
  },
  {
    id: 'mistral-7b',
    name: 'Mistral 7B',
    sizeClass: 'small',
    paramsBillions: card(7.25, 'https://huggingface.co/mistralai/Mistral-7B-v0.3'),
    tokenizerFamily: 'mistral',
    tokenizerProxy: null,
    tokenizerRatio: tokenizerRatio('mistral', 'o200k'),
    contextTokens: 32_768,
    licence: 'Apache 2.0',
    tokenizer: 'Mistral v0.3 (32,768-token vocabulary)',
    managedLora: 'Fireworks, Predibase (dedicated serving only)',
  },
  {
    id: 'gemma-2-9b',
    name: 'Gemma 2 9B',
    sizeClass: 'small',
    paramsBillions: card(9.24, 'https://huggingface.co/google/gemma-2-9b'),
    tokenizerFamily: 'gemma2',
    tokenizerProxy: null,
    tokenizerRatio: tokenizerRatio('gemma2', 'o200k'),
    contextTokens: 8_192,
    licence: 'Gemma Terms of Use',
    tokenizer: 'Gemma (256,000-token vocabulary)',
    managedLora: 'Predibase (docs.predibase.com/fine-tuning/models)',
  },
  {
    id: 'qwen3-8b',
    name: 'Qwen3 8B',
    sizeClass: 'small',
    paramsBillions: card(8.19, 'https://huggingface.co/Qwen/Qwen3-8B'),
    tokenizerFamily: 'qwen2_5',
    tokenizerProxy: null,
    tokenizerRatio: tokenizerRatio('qwen2_5', 'o200k'),
    contextTokens: 131_072,
    licence: 'Apache 2.0',
    tokenizer: 'Qwen (the Qwen 2.5 vocabulary)',
    managedLora: TOGETHER_FT,
  },
  {
    id: 'llama-3.2-3b',
    name: 'Llama 3.2 3B',
    sizeClass: 'small',
    paramsBillions: card(3.21, 'https://huggingface.co/meta-llama/Llama-3.2-3B-Instruct'),
    tokenizerFamily: 'llama3',
    tokenizerProxy: null,
    tokenizerRatio: tokenizerRatio('llama3', 'o200k'),
    contextTokens: 131_072,
    licence: 'Llama 3.2 Community License',
    tokenizer: 'Llama 3 (128,256-token vocabulary)',
    managedLora: TOGETHER_FT,
  },
  {
    id: 'gemma-3-12b',
    name: 'Gemma 3 12B',
    sizeClass: 'small',
    paramsBillions: card(12.2, 'https://huggingface.co/google/gemma-3-12b-it'),
    tokenizerFamily: 'gemma2',
    tokenizerProxy: GEMMA3_PROXY,
    tokenizerRatio: tokenizerRatio('gemma2', 'o200k', GEMMA3_PROXY),
    contextTokens: 131_072,
    licence: 'Gemma Terms of Use',
    tokenizer: 'Gemma 3 (262,144-token vocabulary; counted with Gemma 2’s)',
    managedLora: 'Predibase (docs.predibase.com/fine-tuning/models)',
  },
  {
    id: 'llama-3.1-70b',
    name: 'Llama 3.1 70B',
    sizeClass: 'large',
    paramsBillions: card(70.6, 'https://huggingface.co/meta-llama/Llama-3.1-70B'),
    tokenizerFamily: 'llama3',
    tokenizerProxy: null,
    tokenizerRatio: tokenizerRatio('llama3', 'o200k'),
    contextTokens: 131_072,
    licence: 'Llama 3.1 Community License',
    tokenizer: 'Llama 3 (128,256-token vocabulary)',
    managedLora: TOGETHER_FT,
  },
  {
    id: 'qwen-2.5-72b',
    name: 'Qwen 2.5 72B',
    sizeClass: 'large',
    paramsBillions: card(72.7, 'https://huggingface.co/Qwen/Qwen2.5-72B'),
    tokenizerFamily: 'qwen2_5',
    tokenizerProxy: null,
    tokenizerRatio: tokenizerRatio('qwen2_5', 'o200k'),
    contextTokens: 131_072,
    licence: 'Qwen License',
    tokenizer: 'Qwen 2.5 (151,643-token vocabulary)',
    managedLora: TOGETHER_FT,
  },
  {
    id: 'gemma-2-27b',
    name: 'Gemma 2 27B',
    sizeClass: 'large',
    paramsBillions: card(27.2, 'https://huggingface.co/google/gemma-2-27b'),
    tokenizerFamily: 'gemma2',
    tokenizerProxy: null,
    tokenizerRatio: tokenizerRatio('gemma2', 'o200k'),
    contextTokens: 8_192,
    licence: 'Gemma Terms of Use',
    tokenizer: 'Gemma (256,000-token vocabulary)',
    managedLora: 'Predibase (docs.predibase.com/fine-tuning/models)',
  },
];

export const DEFAULT_BASE_MODEL_ID = DEFAULT_SELECTION.baseModelId;

/** The base model with this id; throws on an unknown id because ids come from this list. */
export function baseModel(id: string): BaseModel {
  const found = BASE_MODELS.find((m) => m.id === id);
  if (!found) throw new Error(`Unknown base model: ${id}`);
  return found;
}
