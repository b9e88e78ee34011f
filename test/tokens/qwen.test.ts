import { describe, expect, it } from 'vitest';
import { measuredRatio, countPrompt, promptTexts } from '../../src/tokens/count.ts';
import { o200kEncoder } from '../../src/tokens/encoders.ts';
import { encoderFromDisk } from './disk-tokenizer.ts';

// Building a Hugging Face tokenizer takes a few seconds on a small machine: once per file.
describe('Qwen 2.5 tokenizer (approach B), built from the package’s tokenizer.json', () => {
  const qwen = encoderFromDisk('qwen2_5');

  it('gives the known counts: whole words, and one token per digit', () => {
    expect(qwen.count('Hello world')).toBe(2); // ids 9707, 1879
    expect(qwen.count('The quick brown fox jumps over the lazy dog.')).toBe(10);
    // Qwen splits numbers into single digits, where o200k groups three.
    expect(qwen.count('1234567890')).toBe(10);
  });

  it('measures the ratio against o200k over the whole pasted prompt', () => {
    const texts = promptTexts('Order 1234567890 shipped.', '', { kind: 'blank-line' });
    const a = countPrompt(o200kEncoder(), texts);
    const b = countPrompt(qwen, texts);
    expect(b.systemTokens).toBeGreaterThan(a.systemTokens);
    expect(measuredRatio(a, b)).toBeCloseTo(b.systemTokens / a.systemTokens, 12);
  });
}, 20_000);
