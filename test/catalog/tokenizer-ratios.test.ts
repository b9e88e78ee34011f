/**
 * Tokenizer ratios come from counting a committed sample with the tokenizers the project ships:
 * recounting reproduces the committed counts, and each ratio is B's count over A's.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { API_MODELS } from '../../src/catalog/api-models.ts';
import counts from '../../src/catalog/generated/tokenizer-counts.json';
import { apiTokenizerOf, tokenizerRatio } from '../../src/catalog/tokenizer-ratios.ts';
import { measure, render } from '../../scripts/measure-tokenizers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

describe('tokenizer ratios', () => {
  it('rest on a sample of a few hundred KB with its attribution', () => {
    const bytes = counts.files.reduce((sum, f) => sum + f.bytes, 0);
    expect(bytes).toBeGreaterThan(200_000);
    const attribution = readFileSync(join(root, 'data/tokenizer-sample/ATTRIBUTION.md'), 'utf8');
    for (const f of counts.files) expect(attribution).toContain(f.file);
  });

  it('are recounted exactly by the script', { timeout: 300_000 }, async () => {
    const fresh = render(await measure());
    expect(fresh).toBe(
      readFileSync(join(root, 'src/catalog/generated/tokenizer-counts.json'), 'utf8'),
    );
  });

  it('divide B’s count by A’s, measured where A’s tokenizer is public', () => {
    const llamaVsOpenAi = tokenizerRatio('llama3', 'o200k');
    expect(llamaVsOpenAi.value).toBeCloseTo(counts.totals.llama3 / counts.totals.o200k, 3);
    expect(llamaVsOpenAi.estimate).toBe(false);
    const qwenVsGemini = tokenizerRatio('qwen2_5', 'gemini');
    expect(qwenVsGemini.value).toBeCloseTo(counts.totals.qwen2_5 / counts.totals.gemma2, 3);
    const claude = tokenizerRatio('llama3', 'claude');
    expect(claude.estimate).toBe(true);
    expect(claude.note).toMatch(/Anthropic does not publish/);
    expect(tokenizerRatio('mistral', 'o200k').estimate).toBe(true);
  });

  it('know which tokenizer each curated API model uses', () => {
    const kinds = Object.fromEntries(API_MODELS.map((m) => [m.id, apiTokenizerOf(m)]));
    expect(kinds['gpt-6-sol']).toBe('o200k');
    expect(kinds['claude-sonnet-5']).toBe('claude');
    expect(kinds['gemini-3.8-flash']).toBe('gemini');
    expect(kinds['deepseek-v4-flash']).toBe('other');
  });
});
