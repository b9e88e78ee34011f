// Option C (the small model prompted, not fine-tuned), the saving's split, dedicated serving's
// per-request figures, and the version-2 advisor rules — each on a case worked by hand.
import { describe, expect, it } from 'vitest';
import { advise, type Advice } from '../../src/model/advise.ts';
import { calculate } from '../../src/model/calculate.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/scenario.ts';

function expectClose(actual: number | null | undefined, expected: number): void {
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    Math.abs(expected) * 1e-12 + 1e-18,
  );
}

// The spec's defaults: S = 1,500 + 5 × 300 = 3,000, U = 500, O = 300, R = 150, k = 1, the small
// model at $0.18/M in and out, an H100 at $2.99/h serving 3,400 tokens/s at 50 % utilisation.
const s0 = DEFAULT_SCENARIO;
const GPU_MONTH = 2.99 * 720; // $2,152.80

describe('C, the small model prompted with A’s whole prompt', () => {
  it('serverless: per request, (S + U + O) × $0.18/M', () => {
    const r = calculate(s0);
    // C: (3,000 + 500 + 300) × 0.18 / 1M = $0.000684; B: (150 + 500 + 300) × 0.18 / 1M = $0.000171
    expectClose(r.costPerRequestC, 0.000684);
    expectClose(r.costPerRequestB, 0.000171);
    // A month of 300,000 requests, no upkeep for A's prompt by default: C = $205.20
    expectClose(r.months[1]?.costC, 205.2);
    expectClose(r.totalC, 12 * 205.2);
    expect(r.months[0]).toMatchObject({ costC: 0, cumulativeC: 0 });
  });

  it('dedicated: its own GPU count for the longer prompt', () => {
    const r = calculate({ ...s0, servingMode: 'dedicated', requestsPerDay: 1_000_000 });
    // 30,000,000 requests / 2,592,000 s = 11.574 requests/s; one GPU plans 3,400 × 0.5 = 1,700 tokens/s.
    // C: 11.574 × (300 + 0.15 × 3,500) = 9,548.6 tokens/s → 5.6 → 6 GPUs = $12,916.80 a month.
    // B: 11.574 × (300 + 0.15 × 650) = 4,600.7 tokens/s → 2.7 → 3 GPUs = $6,458.40.
    expect(r.months[1]?.gpusC).toBe(6);
    expect(r.months[1]?.gpus).toBe(3);
    expectClose(r.months[1]?.inferenceC, 6 * GPU_MONTH);
    expectClose(r.costPerRequestC, (6 * GPU_MONTH) / 30_000_000);
    expectClose(r.costPerRequestB, (3 * GPU_MONTH) / 30_000_000);
  });

  it('splits the saving: model switch + fine-tuning = savings', () => {
    const r = calculate(s0);
    // A: 3,000 × (0.8 × 1.25 + 0.2 × 2.5) + 500 × 2.5 + 300 × 10 = 4,500 + 1,250 + 3,000 → $0.00875
    // a request, $2,625 a month, $31,500 a year. modelSwitch = 31,500 − 2,462.40 = $29,037.60.
    expectClose(r.totalA, 31_500);
    expectClose(r.savingsParts.modelSwitch, 31_500 - 2_462.4);
    expectClose(r.savingsParts.modelSwitch + r.savingsParts.fineTuning, r.savings);
  });
});

describe('dedicated serving at zero volume', () => {
  it('has no cost per request for B or C (null), and finite totals', () => {
    const r = calculate({ ...s0, servingMode: 'dedicated', requestsPerDay: 0 });
    expect(r.costPerRequestB).toBeNull();
    expect(r.costPerRequestBParts).toBeNull();
    expect(r.costPerRequestC).toBeNull();
    // The GPU still runs: one H100 a month for B and for C.
    expectClose(r.months[1]?.costB, GPU_MONTH + 8 * 150);
    expectClose(r.totalC, 12 * GPU_MONTH);
    expect(r.promptTokensSavedPerMonth).toBe(0);
  });
});

describe('advisor, version 2', () => {
  const adviceFor = (changes: Partial<Scenario>): Advice => {
    const s = { ...s0, triedPromptEngineering: true, ...changes };
    return advise(s, calculate(s));
  };
  const has = (advice: Advice, kindField: string) =>
    advice.reasons.some((r) => `${r.kind}:${r.field}` === kindField);

  it("don't fine-tune when it costs more at every volume up to ten times today's", () => {
    // B saves $0.00875 − $0.000171 = $0.008579 a request, 12 × 30 × 0.008579 = $3.0884 a year per
    // request a day, against $25,506.91 one-time + $6,756.91 retrain + $14,400 upkeep = $46,663.82:
    // break-even near 46,663.82 ÷ 3.0884 ≈ 15,109 a day, more than ten times 300.
    const advice = adviceFor({ requestsPerDay: 300 });
    expect(advice.verdict).toBe('dont');
    expect(has(advice, 'blocker:requestsPerDay')).toBe(true);
    // At 2,000 a day the break-even is within ten times today's volume: only "not yet".
    const closer = adviceFor({ requestsPerDay: 2_000 });
    expect(closer.verdict).toBe('not-yet');
    expect(has(closer, 'blocker:requestsPerDay')).toBe(false);
  });

  it('hints at a prefix too short to cache, and at a cache that expires', () => {
    expect(has(adviceFor({ cacheMinPrefixTokens: 4_096 }), 'hint:cacheMinPrefixTokens')).toBe(true);
    expect(has(adviceFor({ cacheMinPrefixTokens: 3_000 }), 'hint:cacheMinPrefixTokens')).toBe(
      false,
    );
    // 0.518 < 0.9 × 0.8 at 300 a day; ≈ 0.8 at 10,000 a day
    expect(
      has(adviceFor({ cacheTtlMinutes: 5, requestsPerDay: 300 }), 'hint:cacheTtlMinutes'),
    ).toBe(true);
    expect(has(adviceFor({ cacheTtlMinutes: 5 }), 'hint:cacheTtlMinutes')).toBe(false);
  });

  it('hints at the long-context tier and at a price step within the horizon', () => {
    const tier = { apiTierThresholdTokens: 3_000, apiTierInputPrice: 5, apiTierOutputPrice: 20 };
    expect(has(adviceFor(tier), 'hint:apiTierThresholdTokens')).toBe(true);
    expect(has(adviceFor({ apiPriceStepMonth: 12 }), 'hint:apiPriceStepMonth')).toBe(true);
    expect(has(adviceFor({ apiPriceStepMonth: 13 }), 'hint:apiPriceStepMonth')).toBe(false);
  });

  it('gives the failure rate B must stay under, when failures cost something', () => {
    const advice = adviceFor({ requestsPerDay: 100_000, failureCost: 2, failureRateA: 0.05 });
    const info = advice.reasons.find((r) => r.field === 'failureRateB');
    expect(info?.kind).toBe('info');
    expect(info?.text).toMatch(
      /^Fine-tuning stays cheaper while the fine-tuned model fails on fewer than \d/,
    );
    expect(has(adviceFor({ requestsPerDay: 100_000 }), 'info:failureRateB')).toBe(false);
  });
});
