/**
 * Open base models that approach B fine-tunes with LoRA. Hand-curated: genai-prices
 * knows what hosts charge for these models, not how big they are or how they tokenize.
 */
import { DEFAULT_SELECTION } from './fields.ts';
import type { Sourced } from './types.ts';

export interface BaseModel {
  readonly id: string;
  readonly name: string;
  /** 'small' runs on one GPU; 'large' is the 27–72B class (spec: allowed, not default). */
  readonly sizeClass: 'small' | 'large';
  /** Parameters in billions, from the model card. */
  readonly paramsBillions: Sourced;
  /** Tokens this model's tokenizer produces for text that o200k (A's tokenizer) counts as 1. */
  readonly tokenizerRatio: Sourced;
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

/**
 * Measured for this project on the same mixed English text, tokens relative to o200k
 * (the tokenizer of current OpenAI models). Other English-heavy text lands close; code and
 * non-Latin scripts can differ a lot, which is why the field stays editable.
 */
const ratio = (value: number, family: string): Sourced => ({
  value,
  source: 'Project tokenizer measurement (mixed English text vs o200k)',
  url: null,
  date: CHECKED,
  estimate: false,
  note: `${family} tokenizer; the ratio depends on the text, so measure your own prompts if they are not English prose.`,
});

export const BASE_MODELS: readonly BaseModel[] = [
  {
    id: 'llama-3.1-8b',
    name: 'Llama 3.1 8B',
    sizeClass: 'small',
    paramsBillions: card(8.03, 'https://huggingface.co/meta-llama/Llama-3.1-8B'),
    tokenizerRatio: ratio(1.0, 'Llama 3.x'),
  },
  {
    id: 'qwen-2.5-7b',
    name: 'Qwen 2.5 7B',
    sizeClass: 'small',
    paramsBillions: card(7.62, 'https://huggingface.co/Qwen/Qwen2.5-7B'),
    tokenizerRatio: ratio(1.01, 'Qwen 2.5'),
  },
  {
    id: 'mistral-7b',
    name: 'Mistral 7B',
    sizeClass: 'small',
    paramsBillions: card(7.25, 'https://huggingface.co/mistralai/Mistral-7B-v0.3'),
    tokenizerRatio: ratio(1.13, 'Mistral 7B (32k vocabulary)'),
  },
  {
    id: 'gemma-2-9b',
    name: 'Gemma 2 9B',
    sizeClass: 'small',
    paramsBillions: card(9.24, 'https://huggingface.co/google/gemma-2-9b'),
    tokenizerRatio: ratio(1.04, 'Gemma'),
  },
  {
    id: 'llama-3.1-70b',
    name: 'Llama 3.1 70B',
    sizeClass: 'large',
    paramsBillions: card(70.6, 'https://huggingface.co/meta-llama/Llama-3.1-70B'),
    tokenizerRatio: ratio(1.0, 'Llama 3.x'),
  },
  {
    id: 'qwen-2.5-72b',
    name: 'Qwen 2.5 72B',
    sizeClass: 'large',
    paramsBillions: card(72.7, 'https://huggingface.co/Qwen/Qwen2.5-72B'),
    tokenizerRatio: ratio(1.01, 'Qwen 2.5'),
  },
  {
    id: 'gemma-2-27b',
    name: 'Gemma 2 27B',
    sizeClass: 'large',
    paramsBillions: card(27.2, 'https://huggingface.co/google/gemma-2-27b'),
    tokenizerRatio: ratio(1.04, 'Gemma'),
  },
];

export const DEFAULT_BASE_MODEL_ID = DEFAULT_SELECTION.baseModelId;

/** The base model with this id; throws on an unknown id because ids come from this list. */
export function baseModel(id: string): BaseModel {
  const found = BASE_MODELS.find((m) => m.id === id);
  if (!found) throw new Error(`Unknown base model: ${id}`);
  return found;
}
