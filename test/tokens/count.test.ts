import { describe, expect, it } from 'vitest';
import { ratioForScenario, scenarioChanges } from '../../src/tokens/apply.ts';
import {
  countPrompt,
  measuredRatio,
  promptTexts,
  splitExamples,
  tokensPerExample,
  totalTokens,
  type Encoder,
} from '../../src/tokens/count.ts';

/** One token per word: easy to check by eye. */
const words: Encoder = { count: (text) => text.split(/\s+/).filter(Boolean).length };

describe('splitting few-shot examples', () => {
  it('cuts at blank lines, dropping empty blocks and trimming', () => {
    expect(splitExamples('a b\n\n\n c \r\n\r\nd\n', { kind: 'blank-line' })).toEqual([
      'a b',
      'c',
      'd',
    ]);
  });
  it('cuts at lines of three or more dashes, keeping blank lines inside examples', () => {
    expect(splitExamples('q: 1\n\na: 2\n---\nq: 3\n  -----  \nq: 4', { kind: 'dashes' })).toEqual([
      'q: 1\n\na: 2',
      'q: 3',
      'q: 4',
    ]);
  });
  it('keeps text pasted all together as one piece', () => {
    expect(splitExamples(' a\n\nb ', { kind: 'together', count: 2 })).toEqual(['a\n\nb']);
    expect(splitExamples('  \n ', { kind: 'together', count: 2 })).toEqual([]);
  });
});

describe('counting a prompt', () => {
  it('counts blocks one by one and averages them', () => {
    const count = countPrompt(
      words,
      promptTexts('one two three', 'a b\n\nc d e f', { kind: 'blank-line' }),
    );
    expect(count).toEqual({ systemTokens: 3, exampleCount: 2, exampleTokens: 6 });
    expect(tokensPerExample(count)).toBe(3);
    expect(totalTokens(count)).toBe(9);
  });
  it('uses the given number of examples for text pasted all together', () => {
    const count = countPrompt(
      words,
      promptTexts('', 'a b c d e f g', { kind: 'together', count: 3 }),
    );
    expect(count).toEqual({ systemTokens: 0, exampleCount: 3, exampleTokens: 7 });
    expect(tokensPerExample(count)).toBe(2); // 7 / 3 rounded
  });
  it('measures B ÷ A over everything pasted; no ratio when A counted nothing', () => {
    const a = { systemTokens: 100, exampleCount: 2, exampleTokens: 100 };
    const b = { systemTokens: 110, exampleCount: 2, exampleTokens: 96 };
    expect(measuredRatio(a, b)).toBeCloseTo(1.03, 12);
    expect(measuredRatio({ systemTokens: 0, exampleCount: 0, exampleTokens: 0 }, b)).toBeNull();
  });
});

describe('applying counts to the scenario', () => {
  const a = { systemTokens: 1234, exampleCount: 4, exampleTokens: 1001 };

  it('writes system prompt, examples, average per example and the ratio to 2 decimals', () => {
    expect(scenarioChanges(a, 1.0349, { system: true, examples: true })).toEqual([
      { key: 'systemPromptTokens', value: 1234 },
      { key: 'fewShotExamples', value: 4 },
      { key: 'fewShotTokensPerExample', value: 250 },
      { key: 'tokenizerRatio', value: 1.03 },
    ]);
  });
  it('changes only what was pasted and leaves the ratio alone when none was measured', () => {
    expect(scenarioChanges(a, null, { system: true, examples: false })).toEqual([
      { key: 'systemPromptTokens', value: 1234 },
    ]);
  });
  it('keeps the ratio inside the scenario’s 0.5–2 range', () => {
    expect(ratioForScenario(2.7)).toBe(2);
    expect(ratioForScenario(0.3)).toBe(0.5);
    expect(ratioForScenario(0.996)).toBe(1);
  });
  it('keeps counts inside their fields’ ranges, keeping the count itself to say so', () => {
    const huge = { systemTokens: 5_000_000, exampleCount: 5_000, exampleTokens: 5_000 };
    expect(scenarioChanges(huge, null, { system: true, examples: true })).toEqual([
      { key: 'systemPromptTokens', value: 1_000_000, counted: 5_000_000 },
      { key: 'fewShotExamples', value: 1_000, counted: 5_000 },
      { key: 'fewShotTokensPerExample', value: 1 },
    ]);
    const long = { systemTokens: 0, exampleCount: 1, exampleTokens: 348_840 };
    expect(scenarioChanges(long, 2.7, { system: false, examples: true })).toEqual([
      { key: 'fewShotExamples', value: 1 },
      { key: 'fewShotTokensPerExample', value: 100_000, counted: 348_840 },
      { key: 'tokenizerRatio', value: 2, counted: 2.7 },
    ]);
  });
});
