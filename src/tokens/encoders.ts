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
 * The tokenizer.json without its special tokens (`<|eot_id|>`, `<|im_start|>`, `<bos>`…). Built
 * with them, the tokenizer turns such a string in pasted text into one special token; as part of
 * a prompt sent to the model it is plain text, and counted as one token it skewed the measured
 * ratio (to 0.72 for a prompt full of `<|eot_id|>`). Non-special added tokens stay.
 */
export function withoutSpecialTokens(tokenizerJSON: unknown): unknown {
  if (typeof tokenizerJSON !== 'object' || tokenizerJSON === null) return tokenizerJSON;
  const { added_tokens: added } = tokenizerJSON as { added_tokens?: unknown };
  if (!Array.isArray(added)) return tokenizerJSON;
  const plain = added.filter(
    (token) =>
      !(
        typeof token === 'object' &&
        token !== null &&
        (token as { special?: unknown }).special === true
      ),
  );
  return { ...tokenizerJSON, added_tokens: plain };
}

/**
 * A Hugging Face tokenizer built from its tokenizer.json and tokenizer_config.json. Counts the
 * text's own tokens: no beginning-of-text token, which is not part of the prompt and which
 * o200k's count does not include either, and special-token strings as the text they are.
 */
export function huggingFaceEncoder(tokenizerJSON: unknown, tokenizerConfig: unknown): Encoder {
  const tokenizer = TokenizerLoader.fromPreTrained({
    tokenizerJSON: withoutSpecialTokens(tokenizerJSON),
    tokenizerConfig,
  } as FromPreTrainedInput);
  return { count: (text) => tokenizer.encode(text, { add_special_tokens: false }).length };
}
