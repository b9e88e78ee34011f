/**
 * The real tokenizers behind the counter. Heavy (o200k's ranks are 2.4 MB of JavaScript, the
 * Hugging Face library a few hundred KB): only the tokenizer worker and tests import this file.
 */
import { TokenizerLoader } from '@lenml/tokenizers';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import type { Encoder } from './count.ts';

// Pasted text may contain "<|endoftext|>"; as a prompt it is plain text, not a special token,
// and gpt-tokenizer would throw on it by default.
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

/** o200k_base, the tokenizer of current OpenAI models: approach A's count. */
export function o200kEncoder(): Encoder {
  return { count: (text) => countTokens(text, PLAIN_TEXT) };
}

type FromPreTrainedInput = Parameters<typeof TokenizerLoader.fromPreTrained>[0];

/**
 * A Hugging Face tokenizer built from its tokenizer.json and tokenizer_config.json. Counts the
 * text's own tokens: no beginning-of-text token, which is not part of the prompt and which
 * o200k's count does not include either.
 */
export function huggingFaceEncoder(tokenizerJSON: unknown, tokenizerConfig: unknown): Encoder {
  const tokenizer = TokenizerLoader.fromPreTrained({
    tokenizerJSON,
    tokenizerConfig,
  } as FromPreTrainedInput);
  return { count: (text) => tokenizer.encode(text, { add_special_tokens: false }).length };
}
