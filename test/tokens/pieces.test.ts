import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countPlan,
  countPrompt,
  pieceEnds,
  planCount,
  promptTexts,
} from '../../src/tokens/count.ts';
import { o200kEncoder } from '../../src/tokens/encoders.ts';

const o200k = o200kEncoder();
const system = (text: string) => promptTexts(text, '', { kind: 'blank-line' });
const EMOJI = '😀🧑‍🚀🏳️‍🌈';

describe('cutting text into bounded pieces', () => {
  it('covers the text, keeps pieces short and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.integer({ min: 8, max: 64 }),
        (text, max) => {
          const { ends } = pieceEnds(text, max);
          let start = 0;
          for (const end of ends) {
            expect(end - start).toBeLessThanOrEqual(max);
            expect(
              text.charCodeAt(end) >= 0xdc00 && text.charCodeAt(end) <= 0xdfff && end < text.length,
            ).toBe(false);
            start = end;
          }
          expect(ends.at(-1)).toBe(text.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts prose exactly: pieces end where tokens end anyway', () => {
    const word = fc.constantFrom(
      'the',
      'Quick',
      'fox',
      "don't",
      '1234567',
      'naïve',
      '漢字',
      'x-ray',
      '(see',
      'below).',
    );
    const gap = fc.constantFrom(' ', ' ', '\n', '. ', ', ', '\n\n', '  ');
    const prose = fc
      .array(fc.tuple(word, gap), { minLength: 1, maxLength: 120 })
      .map((parts) => parts.flat().join(''));
    let cutFree = 0;
    fc.assert(
      fc.property(prose, (text) => {
        const plan = planCount(system(text), { pieceChars: 24 });
        // Exact unless a run had no place to cut ("don't" cut after "don" is 3 tokens, not 1).
        const difference = Math.abs(countPlan(o200k, plan).systemTokens - o200k.count(text));
        expect(difference).toBeLessThanOrEqual(2 * plan.cuts);
        if (plan.cuts === 0) cutFree++;
      }),
      { numRuns: 200 },
    );
    expect(cutFree).toBeGreaterThan(100); // most texts were cut only at safe places
  });

  it('counts a run of emoji in pieces within two tokens per cut of the whole count', () => {
    const text = EMOJI.repeat(300); // the whole count alone takes about a second here
    const plan = planCount(system(text));
    const whole = o200k.count(text);
    expect(Math.abs(countPlan(o200k, plan).systemTokens - whole)).toBeLessThanOrEqual(
      2 * plan.cuts,
    );
  }, 30_000);

  it('finishes the inputs that never finished before: 1 MB of emoji, a million NUL characters', () => {
    // Before: no count after minutes. Now: linear in the length.
    const emoji = countPrompt(o200k, system(EMOJI.repeat(40_000)));
    expect(emoji.systemTokens).toBeGreaterThan(400_000);
    expect(countPrompt(o200k, system('\0'.repeat(1_000_000))).systemTokens).toBe(500_000);
  }, 60_000);
});

describe('estimating past the exact limit', () => {
  it('counts an even sample and scales it to the whole text, close to the exact count', () => {
    const sentence = 'The quick brown fox jumps over the lazy dog. Numbers: 1234567. ';
    const text = Array.from(
      { length: 4000 },
      (_, i) => `${sentence}${i % 7 === 0 ? '\n' : ''}`,
    ).join('');
    const plan = planCount(system(text), { limit: 20_000 });
    expect(plan.countedChars).toBeLessThan(plan.totalChars);
    expect(plan.countedChars).toBeGreaterThan(10_000);
    const estimate = countPlan(o200k, plan).systemTokens;
    const exact = o200k.count(text);
    expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.02);
  });

  it('estimates every example, even those no sample piece fell in', () => {
    const examples = Array.from({ length: 200 }, (_, i) => `Example ${i}: the answer is yes.`).join(
      '\n\n',
    );
    const texts = promptTexts('', examples, { kind: 'blank-line' });
    const plan = planCount(texts, { limit: 1_000 });
    const estimate = countPlan(o200k, plan);
    const exact = countPrompt(o200k, texts);
    expect(estimate.exampleCount).toBe(200);
    expect(
      Math.abs(estimate.exampleTokens - exact.exampleTokens) / exact.exampleTokens,
    ).toBeLessThan(0.05);
  });
});
