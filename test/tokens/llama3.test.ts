import { describe, expect, it } from 'vitest';
import { encoderFromDisk } from './disk-tokenizer.ts';

describe('Llama 3 tokenizer (approach B), built from the package’s tokenizer.json', () => {
  const llama = encoderFromDisk('llama3');

  it('gives the known counts, without the beginning-of-text token', () => {
    expect(llama.count('Hello world')).toBe(2); // ids 9906, 1917 (128000 is not counted)
    expect(llama.count('The quick brown fox jumps over the lazy dog.')).toBe(10);
    expect(llama.count('1234567890')).toBe(4); // digits in threes, like o200k
  });
}, 20_000);
