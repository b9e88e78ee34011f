/**
 * Tokenizer ratios: how many tokens B's tokenizer produces for text that A's tokenizer counts
 * as one. Measured on a committed ~350 KB sample (data/tokenizer-sample, counted by
 * scripts/measure-tokenizers.mjs) with each tokenizer the project ships; where A's or B's
 * tokenizer is not public, the ratio is an estimate and its basis is stated.
 */
import counts from './generated/tokenizer-counts.json';
import type { ApiModel, Sourced } from './types.ts';

/** B's tokenizers: the three the project ships, and Mistral's (not shipped). */
export type BaseTokenizer = 'llama3' | 'qwen2_5' | 'gemma2' | 'mistral';

/** A's tokenizers: OpenAI's public o200k, Gemini's (Gemma's vocabulary), Claude's (not public). */
export type ApiTokenizer = 'o200k' | 'gemini' | 'claude' | 'other';

const MEASURED_ON = '2026-12-01';
const CLAUDE_BASIS_URL =
  'https://techhdesign.com/hidden-prices-in-ai-deployment-why-claude-fashions-could-also-be-20-30-dearer-than-gpt-in-enterprise-settings';

/** Claude's tokens per o200k token: 1.16 on English prose, 1.21 on maths, 1.30 on Python code. */
const CLAUDE_PER_O200K = 1.2;
/** Mistral 7B's 32k vocabulary: the catalog's earlier figure, not reproducible here. */
const MISTRAL_PER_O200K = 1.13;

const total = (family: 'o200k' | 'llama3' | 'qwen2_5' | 'gemma2') => counts.totals[family];

/** Which tokenizer an API model uses, from its provider and id (a router's models included). */
export function apiTokenizerOf(model: Pick<ApiModel, 'providerId' | 'modelRef'>): ApiTokenizer {
  const ref = model.modelRef.toLowerCase();
  if (ref.includes('claude')) return 'claude';
  if (ref.includes('gemini') || ref.includes('gemma')) return 'gemini';
  if (model.providerId === 'openai' || /(^|[/.:])(gpt-|o[134]\b|o[134]-)/.test(ref)) return 'o200k';
  return 'other';
}

/** B's tokens for text that o200k counts as one token. */
function basePerO200k(base: BaseTokenizer): number {
  return base === 'mistral' ? MISTRAL_PER_O200K : total(base) / total('o200k');
}

/** A's tokens for text that o200k counts as one token. */
function apiPerO200k(api: ApiTokenizer): number {
  if (api === 'claude') return CLAUDE_PER_O200K;
  if (api === 'gemini') return total('gemma2') / total('o200k');
  return 1;
}

const NOTES: Record<ApiTokenizer, string> = {
  o200k: 'A counted with o200k, the tokenizer of current OpenAI models.',
  gemini:
    'A estimated with Gemma’s tokenizer: Google does not publish Gemini’s, and Gemma shares its vocabulary (Gemini 3 may differ).',
  claude:
    'A estimated: Anthropic does not publish Claude’s tokenizer. A 2024 comparison on the same prompts found Claude 3.5 Sonnet used 16% more tokens than GPT-4o on English prose, 21% on maths and 30% on Python code; 1.2 × o200k is taken for this mixed sample.',
  other:
    'A estimated with o200k: this provider’s tokenizer is not one the project ships. Modern vocabularies of 100k–200k tokens count English within a few percent of o200k.',
};

/**
 * B's tokens over A's tokens for the same text, with how it was obtained. `proxy` says why B's
 * model is counted with a related tokenizer (then the ratio is an estimate).
 */
export function tokenizerRatio(
  base: BaseTokenizer,
  api: ApiTokenizer,
  proxy: string | null = null,
): Sourced {
  const value = Math.round((basePerO200k(base) / apiPerO200k(api)) * 1000) / 1000;
  const measured = base !== 'mistral' && (api === 'o200k' || api === 'gemini');
  const baseNote =
    base === 'mistral'
      ? 'B estimated: Mistral 7B’s tokenizer is not shipped with the project; its 32k vocabulary splits English about 13% finer than o200k (the catalog’s earlier figure).'
      : `B counted with the ${base === 'llama3' ? 'Llama 3' : base === 'qwen2_5' ? 'Qwen 2.5' : 'Gemma 2'} tokenizer.`;
  return {
    value,
    source: 'Tokenizer counts of the project’s ~350 KB sample (scripts/measure-tokenizers.mjs)',
    url: null,
    date: MEASURED_ON,
    estimate: !measured || api === 'gemini' || proxy !== null,
    note:
      `${baseNote}${proxy ? ` ${proxy}` : ''} ${NOTES[api]} Technical English with code; plain prose, other languages and ` +
      'JSON differ, so measure your own prompts when they differ.',
    ...(api === 'claude' ? { url: CLAUDE_BASIS_URL } : {}),
  };
}
