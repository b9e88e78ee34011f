import { describe, expect, it } from 'vitest';
import { countPrompt, measuredRatio, promptTexts } from '../../src/tokens/count.ts';
import { o200kEncoder } from '../../src/tokens/encoders.ts';
import { encoderFromDisk } from './disk-tokenizer.ts';

const SENTENCE = 'The quick brown fox jumps over the lazy dog.';
const MARKERS = ['<|eot_id|>', '<|begin_of_text|>', '<|start_header_id|>', '<|end_header_id|>'];

describe('special-token strings in pasted text are counted as text', () => {
  const llama = encoderFromDisk('llama3');
  const o200k = o200kEncoder();

  it.each(MARKERS)('%s is several ordinary tokens, not one special token', (marker) => {
    expect(llama.count(marker)).toBeGreaterThan(2);
    expect(o200k.count(marker)).toBeGreaterThan(2);
  });

  it('a prompt full of chat markers keeps the ratio of its text (it was 0.72)', () => {
    const marked = Array.from({ length: 50 }, (_, i) => `${SENTENCE}${MARKERS[i % 4]}`).join('\n');
    const ratio = (system: string) => {
      const texts = promptTexts(system, '', { kind: 'blank-line' });
      return measuredRatio(countPrompt(o200k, texts), countPrompt(llama, texts)) ?? 0;
    };
    expect(ratio(marked)).toBeGreaterThan(0.9);
    expect(ratio(marked)).toBeLessThan(1.15);
  });

  it('ordinary counts are unchanged', () => {
    expect(llama.count('Hello world')).toBe(2);
    expect(llama.count(SENTENCE)).toBe(10);
  });
}, 30_000);
