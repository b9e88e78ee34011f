// Every version-2 formula (spec "Version 2") on a case worked by hand: the arithmetic is written
// out in each test, from the spec's formulas, never copied from the code's output.
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/model/calculate.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/scenario.ts';

/** Equal to 1e-12 relative: the hand arithmetic and the code round differently, no more. */
function expectClose(actual: number | null | undefined, expected: number): void {
  expect(actual).not.toBeNull();
  expect(actual).not.toBeUndefined();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    Math.abs(expected) * 1e-12 + 1e-18,
  );
}

/**
 * A plain API bill: S = 1,000 prompt tokens, U = 500, O = 300 at $2/M in, $10/M out, no caching,
 * 1,000 requests a day (30,000 a month), nothing else costing anything on A's side.
 * One request: (1,500 × $2 + 300 × $10) / 1M = $0.003 + $0.003 = $0.006; a month: $180.
 */
const plain: Scenario = {
  ...DEFAULT_SCENARIO,
  requestsPerDay: 1_000,
  systemPromptTokens: 1_000,
  fewShotExamples: 0,
  apiInputPrice: 2,
  apiCachedInputPrice: 0.2,
  apiCacheWritePrice: 2.5,
  apiOutputPrice: 10,
  promptCaching: false,
};

describe('the minimum cacheable prefix', () => {
  // Caching on, hit rate 0.8, cached $0.2/M, write $2.5/M, provider minimum 1,024 tokens.
  const atPrefix = (S: number) =>
    calculate({
      ...plain,
      promptCaching: true,
      systemPromptTokens: S,
      cacheMinPrefixTokens: 1_024,
    });

  it('a prefix just under the minimum pays the full input price', () => {
    const r = atPrefix(1_023);
    // (1,023 × $2 + 500 × $2 + 300 × $10) / 1M = 0.002046 + 0.001 + 0.003
    expectClose(r.costPerRequestA, 0.006046);
    expect(r.effectiveCacheHitRate).toBe(0);
  });

  it('a prefix at the minimum is cached', () => {
    const r = atPrefix(1_024);
    // prefix price 0.8 × $0.2 + 0.2 × $2.5 = $0.66/M: 1,024 × 0.66 / 1M = 0.00067584
    expectClose(r.costPerRequestAParts.prefix, 0.00067584);
    expectClose(r.costPerRequestA, 0.00067584 + 0.001 + 0.003);
    expect(r.effectiveCacheHitRate).toBe(0.8);
  });
});

describe('cache expiry (5-minute TTL, hit rate 0.8)', () => {
  const atVolume = (requestsPerDay: number) =>
    calculate({
      ...plain,
      promptCaching: true,
      systemPromptTokens: 2_000,
      cacheTtlMinutes: 5,
      requestsPerDay,
    });

  it('at 300 requests a day most prefixes have expired', () => {
    // λ = 300 × 30 / 2,592,000 s = 0.0034722/s; λ × 300 s = 1.0416667; 1 − e^(−1.0416667) = 0.6471
    const hit = 0.8 * (1 - Math.exp(-((300 * 30) / 2_592_000) * 300));
    expect(hit).toBeCloseTo(0.5177, 4);
    const r = atVolume(300);
    expectClose(r.effectiveCacheHitRate, hit);
    // prefix: 2,000 × (hit × $0.2 + (1 − hit) × $2.5) / 1M
    expectClose(r.costPerRequestAParts.prefix, (2_000 * (hit * 0.2 + (1 - hit) * 2.5)) / 1e6);
  });

  it('at 10,000 requests a day the cache is always warm', () => {
    // λ × ttl = 10,000 × 30 / 2,592,000 × 300 = 34.72; e^(−34.72) ≈ 8e-16
    const r = atVolume(10_000);
    expect(r.effectiveCacheHitRate).toBeCloseTo(0.8, 14);
    expect(r.effectiveCacheHitRate).toBeLessThanOrEqual(0.8);
    // 2,000 × $0.66/M
    expectClose(r.costPerRequestAParts.prefix, 0.00132);
  });

  it("a warmer cache can lower A's total: more requests, a smaller bill", () => {
    // S = 1,000 tokens at $1/M written, read free, hit ceiling 1, nothing else billed, one month.
    // totalA(v) = 30 v × 1,000 × e^(−x) / 1M with x = 30 v / 2,592,000 × 300 = v / 288, which
    // is largest at x = 1: at 288 requests a day 8.64 × e^(−1) = $3.1785; at 576, 17.28 × e^(−2)
    // = $2.3386. Twice the requests, a quarter less to pay: totalA is not monotone in volume.
    const s: Scenario = {
      ...plain,
      horizonMonths: 1,
      inputTokens: 0,
      outputTokens: 0,
      apiInputPrice: 1,
      apiCachedInputPrice: 0,
      apiCacheWritePrice: 1,
      promptCaching: true,
      cacheHitRate: 1,
      cacheTtlMinutes: 5,
    };
    const at288 = calculate({ ...s, requestsPerDay: 288 }).totalA;
    const at576 = calculate({ ...s, requestsPerDay: 576 }).totalA;
    expectClose(at288, 8.64 * Math.exp(-1));
    expectClose(at576, 17.28 * Math.exp(-2));
    expect(at576).toBeLessThan(at288);
  });
});

describe('the long-context tier (threshold 200,000 tokens, tier $6/M in, $22.5/M out)', () => {
  const tiered = (S: number) =>
    calculate({
      ...plain,
      systemPromptTokens: S,
      apiInputPrice: 3,
      apiCachedInputPrice: 0.3,
      apiCacheWritePrice: 3.75,
      apiOutputPrice: 15,
      promptCaching: true,
      apiTierThresholdTokens: 200_000,
      apiTierInputPrice: 6,
      apiTierOutputPrice: 22.5,
    });

  it('a prompt at the threshold is billed at base prices', () => {
    // S + U = 199,500 + 500 = 200,000, not above: prefix price 0.8 × 0.3 + 0.2 × 3.75 = $0.99/M
    const r = tiered(199_500);
    expect(r.longContextTier).toBe(false);
    // 199,500 × 0.99 + 500 × 3 + 300 × 15 = 197,505 + 1,500 + 4,500 (÷ 1M)
    expectClose(r.costPerRequestA, 0.203505);
  });

  it('a prompt one token over is billed at the tier, cache prices scaled with the input price', () => {
    // scale = 6 / 3 = 2: cached $0.6/M, write $7.5/M; prefix price 0.8 × 0.6 + 0.2 × 7.5 = $1.98/M
    const r = tiered(199_501);
    expect(r.longContextTier).toBe(true);
    // 199,501 × 1.98 + 500 × 6 + 300 × 22.5 = 395,011.98 + 3,000 + 6,750 (÷ 1M)
    expectClose(r.costPerRequestA, 0.40476198);
  });
});

describe("a known step in A's prices (input × 2, output × 0.5)", () => {
  // From the step on, one request costs 1,500 × $4/M + 300 × $5/M = $0.0075; a month $225.
  const stepped = (apiPriceStepMonth: number) =>
    calculate({
      ...plain,
      apiPriceStepMonth,
      apiPriceStepInputFactor: 2,
      apiPriceStepOutputFactor: 0.5,
    });

  it('starting in month 1 changes the cost per request shown', () => {
    const r = stepped(1);
    expectClose(r.costPerRequestA, 0.0075);
    expectClose(r.totalA, 12 * 225);
  });

  it('starting mid-horizon changes the months from then on', () => {
    const r = stepped(7);
    expectClose(r.costPerRequestA, 0.006);
    expectClose(r.months[6]?.costA, 180);
    expectClose(r.months[7]?.costA, 225);
    expectClose(r.totalA, 6 * 180 + 6 * 225);
  });

  it('starting after the horizon changes nothing', () => {
    const r = stepped(13);
    expectClose(r.totalA, 12 * 180);
  });
});

describe('a price trend of −30 % a year over 24 months', () => {
  it("scales A's and B's prices by 0.7^((m − 1) / 12)", () => {
    const r = calculate({
      ...plain,
      horizonMonths: 24,
      apiPriceChangePerYear: -0.3,
      servingPriceChangePerYear: -0.3,
    });
    // Month 13 costs 0.7 × month 1's; the 24 months form a geometric series of ratio
    // q = 0.7^(1/12): Σ q^j for j = 0..23 = (1 − 0.7²) / (1 − q) = 0.51 / 0.029285 ≈ 17.41.
    const months = 0.51 / (1 - 0.7 ** (1 / 12));
    expect(months).toBeCloseTo(17.41, 2);
    expectClose(r.months[13]?.costA, 180 * 0.7);
    expectClose(r.totalA, 180 * months);
    // B serverless: (650 + 300) × $0.18/M = $0.000171 a request, $5.13 in month 1, and its upkeep
    // (8 h × $150) that no trend touches.
    expectClose(r.months[13]?.inferenceB, 5.13 * 0.7);
    expectClose(r.months[24]?.costB, 5.13 * 0.7 ** (23 / 12) + 1_200);
  });
});

describe('the cost of wrong answers', () => {
  // A wrong answer costs $10; one month of 30,000 requests; B serverless at $0.000171 a request.
  const quality = (failureRateA: number, failureRateB: number) =>
    calculate({ ...plain, horizonMonths: 1, failureCost: 10, failureRateA, failureRateB });

  it("A's failures only: A and C pay them, B does not", () => {
    const r = quality(0.02, 0);
    // A: $180 + 30,000 × 0.02 × $10 = $180 + $6,000
    expectClose(r.months[1]?.costA, 6_180);
    // C keeps A's quality: (1,500 + 300) × $0.18/M × 30,000 = $9.72, plus $6,000
    expectClose(r.months[1]?.costC, 6_009.72);
    // B: $5.13 + $1,200 upkeep, no failures
    expectClose(r.months[1]?.costB, 1_205.13);
  });

  it("B's failures only, and the failure rate at which B stops paying", () => {
    const r = quality(0, 0.05);
    // B: $5.13 + 30,000 × 0.05 × $10 + $1,200 = $16,205.13
    expectClose(r.months[1]?.costB, 16_205.13);
    // savings = $180 − ($16,205.13 + one-time B $25,506.912) = −$41,532.042, so
    // x = 0.05 + (−41,532.042) / ($10 × 30,000) < 0: even a flawless B would not pay.
    expectClose(r.savings, 180 - 16_205.13 - 25_506.912);
    expect(r.breakEvenFailureRateB).toBeNull();
  });

  it('gives the highest failure rate of B at which fine-tuning still pays', () => {
    const r = calculate({
      ...plain,
      requestsPerDay: 100_000,
      failureCost: 1,
      failureRateA: 0.1,
      failureRateB: 0.02,
    });
    // N = 12 × 3,000,000 = 36,000,000 requests; x = 0.02 + savings / ($1 × 36,000,000)
    expectClose(r.breakEvenFailureRateB, 0.02 + r.savings / 36_000_000);
    // Plugged in, the totals are equal.
    const atX = calculate({
      ...plain,
      requestsPerDay: 100_000,
      failureCost: 1,
      failureRateA: 0.1,
      failureRateB: r.breakEvenFailureRateB ?? NaN,
    });
    expect(Math.abs(atX.savings)).toBeLessThanOrEqual(atX.totalA * 1e-12);
  });
});
