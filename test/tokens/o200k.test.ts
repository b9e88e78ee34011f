import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, it } from 'vitest';
import { countPrompt, promptTexts } from '../../src/tokens/count.ts';
import { o200kEncoder } from '../../src/tokens/encoders.ts';

const PANGRAM = 'The quick brown fox jumps over the lazy dog.';

describe('o200k (approach A)', () => {
  const encoder = o200kEncoder();

  it('gives the known count and token ids of a reference sentence', () => {
    // tiktoken's o200k_base encodes the pangram as these 10 tokens.
    expect(encode(PANGRAM)).toEqual([976, 4853, 19705, 68347, 65613, 1072, 290, 29082, 6446, 13]);
    expect(encoder.count(PANGRAM)).toBe(10);
    expect(encoder.count('this is a test example, tutorialexample.com')).toBe(9);
  });

  it('groups digits by three, as o200k does', () => {
    expect(encoder.count('1234567890')).toBe(4);
  });

  it('counts special-token text as plain text instead of throwing', () => {
    expect(encoder.count('hello <|endoftext|>')).toBeGreaterThan(2);
  });

  it('counts a prompt: system prompt, each example and their average', () => {
    const texts = promptTexts(PANGRAM, `${PANGRAM}\n\n1234567890`, { kind: 'blank-line' });
    expect(countPrompt(encoder, texts)).toEqual({
      systemTokens: 10,
      exampleCount: 2,
      exampleTokens: 14,
    });
  });
});
