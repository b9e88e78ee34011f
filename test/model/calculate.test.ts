// Hand-worked cases, one per formula of the spec. Figures in comments are worked by hand from
// DEFAULT_SCENARIO: S = 1,500 + 5 × 300 = 3,000 prefix tokens; 300,000 requests a month.
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/model/calculate.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/scenario.ts';

const base = DEFAULT_SCENARIO;
const run = (changes: Partial<Scenario> = {}) => calculate({ ...base, ...changes });

// One-time B: labeling 2,000 × $0.50 = $1,000; training 3 runs × (2,000 × 800 × 3 = 4.8M tokens
// × $0.48/M = $2.304) = $6.912; evaluation $500; engineering 160 h × $150 = $24,000.
const ONE_TIME_B = 1_000 + 6.912 + 500 + 24_000;
// Retrain: 25 % × 2,000 × $0.50 = $250, + $6.912 training, + $500 evaluation, + 40 h × $150.
const RETRAIN = 250 + 6.912 + 500 + 6_000;

describe('cost of one request', () => {
  it('A with prompt caching: prefix at 80 % × $1.25 + 20 % × $2.50 = $1.50/M', () => {
    const r = run();
    expect(r.costPerRequestAParts.prefix).toBeCloseTo((3_000 * 1.5) / 1e6, 12);
    expect(r.costPerRequestAParts.input).toBeCloseTo((500 * 2.5) / 1e6, 12);
    expect(r.costPerRequestAParts.output).toBeCloseTo((300 * 10) / 1e6, 12);
    expect(r.costPerRequestA).toBeCloseTo(0.00875, 12);
  });

  it('A without prompt caching pays the full input price for the prefix', () => {
    const r = run({ promptCaching: false });
    expect(r.costPerRequestAParts.prefix).toBeCloseTo((3_000 * 2.5) / 1e6, 12);
    expect(r.costPerRequestA).toBeCloseTo(0.01175, 12);
  });

  it('A with caching but no cache hits pays the cache-write price', () => {
    const r = run({ cacheHitRate: 0, apiCacheWritePrice: 3.75 });
    expect(r.costPerRequestAParts.prefix).toBeCloseTo((3_000 * 3.75) / 1e6, 12);
  });

  it('B serverless: (150 + 500) × $0.18 + 300 × $0.18 per 1M tokens', () => {
    const r = run();
    expect(r.costPerRequestBParts?.inference).toBeCloseTo(171 / 1e6, 12);
    expect(r.costPerRequestBParts?.fallback).toBe(0);
    expect(r.costPerRequestB).toBeCloseTo(171 / 1e6, 12);
  });

  it('fallback sends a share of requests to A as well', () => {
    const r = run({ fallbackRate: 0.1 });
    expect(r.costPerRequestBParts?.fallback).toBeCloseTo(0.000875, 12);
    expect(r.costPerRequestB).toBeCloseTo(0.000171 + 0.000875, 12);
    expect(r.months[1]?.fallbackB).toBeCloseTo(300_000 * 0.000875, 6);
    expect(r.months[1]?.costB).toBeCloseTo(300_000 * 0.000171 + 262.5 + 1_200, 6);
  });

  it('tokenizer ratio scales B’s tokens and the prompt tokens saved', () => {
    const r = run({ tokenizerRatio: 1.2 });
    expect(r.costPerRequestBParts?.inference).toBeCloseTo((1.2 * 171) / 1e6, 12);
    expect(r.promptTokensSavedPerRequest).toBeCloseTo(3_000 - 1.2 * 150, 9);
    // A's cost is counted in A's tokens and does not change.
    expect(r.costPerRequestA).toBeCloseTo(0.00875, 12);
  });
});

describe('one-time and retrain costs', () => {
  it('adds up labeling, training, evaluation and engineering', () => {
    const r = run();
    expect(r.trainingTokensPerRun).toBe(4_800_000);
    expect(r.trainingRunCost).toBeCloseTo(2.304, 9);
    expect(r.oneTimeBParts).toEqual({
      labeling: 1_000,
      training: expect.closeTo(6.912, 9) as number,
      evaluation: 500,
      engineering: 24_000,
    });
    expect(r.oneTimeB).toBeCloseTo(ONE_TIME_B, 9);
    expect(r.retrainCost).toBeCloseTo(RETRAIN, 9);
    expect(r.oneTimeA).toBe(0);
    expect(run({ promptSetupHours: 10 }).oneTimeA).toBe(1_500);
  });
});

describe('the months', () => {
  it('month 0 holds the one-time costs and no running costs', () => {
    const row = run({ promptSetupHours: 10 }).months[0];
    expect(row).toMatchObject({ month: 0, requests: 0, costA: 1_500, retrain: 0, prefixA: 0 });
    expect(row?.costB).toBeCloseTo(ONE_TIME_B, 9);
    expect(row?.cumulativeA).toBe(1_500);
    expect(row?.cumulativeB).toBeCloseTo(ONE_TIME_B, 9);
    expect(row).not.toHaveProperty('gpus');
  });

  it('month 1 splits each side into its parts', () => {
    const row = run({ promptMaintenanceHoursPerMonth: 2 }).months[1];
    expect(row?.requests).toBe(300_000);
    expect(row?.prefixA).toBeCloseTo(1_350, 6);
    expect(row?.inputA).toBeCloseTo(375, 6);
    expect(row?.outputA).toBeCloseTo(900, 6);
    expect(row?.upkeepA).toBe(300);
    expect(row?.costA).toBeCloseTo(2_925, 6);
    expect(row?.inferenceB).toBeCloseTo(51.3, 6);
    expect(row?.upkeepB).toBe(1_200);
    expect(row?.costB).toBeCloseTo(1_251.3, 6);
  });

  it('the serverless hourly fee is paid for 720 hours a month', () => {
    const row = run({ servingHourlyFee: 1.7 }).months[1];
    expect(row?.inferenceB).toBeCloseTo(1.7 * 720 + 51.3, 6);
  });

  it('volume compounds by the monthly growth', () => {
    const r = run({ monthlyGrowth: 0.1, horizonMonths: 3 });
    expect(r.months.map((row) => row.requests)).toEqual([
      0,
      300_000,
      expect.closeTo(330_000, 6),
      expect.closeTo(363_000, 6),
    ]);
    expect(r.totalA).toBeCloseTo(0.00875 * (300_000 + 330_000 + 363_000), 6);
  });

  it('shrinking volume is allowed', () => {
    const r = run({ monthlyGrowth: -0.5, horizonMonths: 3 });
    expect(r.months[3]?.requests).toBeCloseTo(75_000, 6);
  });

  it.each([
    { every: 6, horizon: 12, months: [7] },
    { every: 6, horizon: 60, months: [7, 13, 19, 25, 31, 37, 43, 49, 55] },
    { every: 1, horizon: 4, months: [2, 3, 4] },
    { every: 12, horizon: 12, months: [] },
    { every: 12, horizon: 13, months: [13] },
    { every: 0, horizon: 60, months: [] },
  ])('retraining every $every months over $horizon months: months $months', (c) => {
    const r = run({ retrainEveryMonths: c.every, horizonMonths: c.horizon });
    const retrainMonths = r.months.filter((row) => row.retrain > 0).map((row) => row.month);
    expect(retrainMonths).toEqual(c.months);
    for (const month of c.months) expect(r.months[month]?.retrain).toBeCloseTo(RETRAIN, 9);
  });

  it('a horizon of 1 month: two rows, no retrain', () => {
    const r = run({ horizonMonths: 1 });
    expect(r.months).toHaveLength(2);
    expect(r.totalA).toBeCloseTo(2_625, 6);
    expect(r.totalB).toBeCloseTo(ONE_TIME_B + 1_251.3, 6);
    expect(r.breakEvenMonth).toBeNull();
    expect(r.paybackMonths).toBeNull();
    // 30 days × (0.00875 − 0.000171) per request/day must cover the one-time cost and upkeep.
    expect(r.breakEvenRequestsPerDay).toBeCloseTo((ONE_TIME_B + 1_200) / (30 * 0.008579), 6);
  });

  it('a horizon of 60 months: 61 rows, nine retrains', () => {
    const r = run({ horizonMonths: 60 });
    expect(r.months).toHaveLength(61);
    expect(r.totalA).toBeCloseTo(60 * 2_625, 6);
    expect(r.totalB).toBeCloseTo(ONE_TIME_B + 60 * 1_251.3 + 9 * RETRAIN, 6);
    expect(r.investment).toBeCloseTo(ONE_TIME_B + 9 * RETRAIN + 60 * 1_200, 6);
    expect(r.savings).toBeCloseTo(r.totalA - r.totalB, 9);
  });
});

describe('dedicated GPUs', () => {
  // One request needs 300 + 0.15 × (150 + 500) = 397.5 GPU tokens; one GPU plans for
  // 3,400 × 50 % = 1,700 tokens/s, i.e. 1,700 × 86,400 / 397.5 ≈ 369,509 requests a day.
  const dedicated = (changes: Partial<Scenario>) => run({ servingMode: 'dedicated', ...changes });

  it.each([
    { requestsPerDay: 0, gpus: 1 },
    { requestsPerDay: 10_000, gpus: 1 },
    { requestsPerDay: 369_000, gpus: 1 },
    { requestsPerDay: 370_000, gpus: 2 },
    { requestsPerDay: 1_000_000, gpus: 3 },
  ])('$requestsPerDay requests/day need $gpus GPUs', ({ requestsPerDay, gpus }) => {
    const row = dedicated({ requestsPerDay }).months[1];
    expect(row?.gpus).toBe(gpus);
    expect(row?.inferenceB).toBeCloseTo(gpus * 2.99 * 720, 6);
  });

  it('steps up the GPU count as volume grows month by month', () => {
    const r = dedicated({ requestsPerDay: 200_000, monthlyGrowth: 0.5, horizonMonths: 4 });
    // 200k, 300k, 450k, 675k requests a day.
    expect(r.months.map((row) => row.gpus)).toEqual([0, 1, 1, 2, 2]);
  });

  it('keeps minGpus running and fits an exact full load on one GPU', () => {
    expect(dedicated({ minGpus: 4 }).months[1]?.gpus).toBe(4);
    const exactlyFull = (1_700 * 86_400) / 397.5;
    expect(dedicated({ requestsPerDay: exactlyFull }).months[1]?.gpus).toBe(1);
  });

  it('break-even volume with one GPU: A must pay for the GPU, the upkeep and the one-time costs', () => {
    // 12 × $2,152.80 GPU + $46,663.824 fixed; each request/day saves 360 × $0.00875 = $3.15.
    const fixed = ONE_TIME_B + RETRAIN + 12 * 1_200 + 12 * 2.99 * 720;
    expect(dedicated({}).breakEvenRequestsPerDay).toBeCloseTo(fixed / 3.15, 6);
  });

  it('break-even volume where the GPU count has stepped to 2', () => {
    // 170 tokens/s × 50 % = 85 tokens/s: one GPU per 85 × 86,400 / 397.5 ≈ 18,475 requests a day.
    // At the top of the 1-GPU range B is still dearer; with 2 GPUs it breaks even inside the range.
    const fixed = ONE_TIME_B + RETRAIN + 12 * 1_200 + 2 * 12 * 2.99 * 720;
    const r = dedicated({ gpuOutputTokensPerSecond: 170 });
    expect(r.breakEvenRequestsPerDay).toBeCloseTo(fixed / 3.15, 6);
    const atBreakEven = dedicated({
      gpuOutputTokensPerSecond: 170,
      requestsPerDay: r.breakEvenRequestsPerDay ?? NaN,
    });
    expect(atBreakEven.months[1]?.gpus).toBe(2);
  });

  it('quotes the GPU bill per request in month 1, and none at zero volume (spec v2)', () => {
    expect(dedicated({}).costPerRequestBParts?.inference).toBeCloseTo((2.99 * 720) / 300_000, 12);
    const idle = dedicated({ requestsPerDay: 0 });
    expect(idle.costPerRequestB).toBeNull();
    expect(idle.costPerRequestBParts).toBeNull();
    expect(idle.costPerRequestC).toBeNull();
  });
});

describe('over the horizon', () => {
  it('the default scenario does not pay back in 12 months', () => {
    const r = run();
    expect(r.totalA).toBeCloseTo(12 * 2_625, 6);
    expect(r.totalB).toBeCloseTo(ONE_TIME_B + 12 * 1_251.3 + RETRAIN, 6);
    expect(r.savings).toBeCloseTo(r.totalA - r.totalB, 9);
    expect(r.investment).toBeCloseTo(ONE_TIME_B + RETRAIN + 12 * 1_200, 6);
    expect(r.roi).toBeCloseTo(r.savings / r.investment, 12);
    expect(r.breakEvenMonth).toBeNull();
    expect(r.paybackMonths).toBeNull();
    expect(r.promptTokensSavedPerRequest).toBe(2_850);
    expect(r.promptTokensSavedPerMonth).toBe(855_000_000);
  });

  it('interpolates the payback inside the month the curves cross', () => {
    // 3M requests a month: A $26,250, B $513 + $1,200; d(1) = ONE_TIME_B − 24,537 > 0 > d(2).
    const r = run({ requestsPerDay: 100_000 });
    expect(r.breakEvenMonth).toBe(2);
    expect(r.paybackMonths).toBeCloseTo(1 + (ONE_TIME_B - 24_537) / 24_537, 9);
  });

  it('serverless break-even volume has a closed form', () => {
    // 360 requests per request/day over 12 months, each saving $0.00875 − $0.000171.
    const fixedB = ONE_TIME_B + RETRAIN + 12 * 1_200;
    expect(run().breakEvenRequestsPerDay).toBeCloseTo(fixedB / (360 * 0.008579), 6);
  });

  it('zero volume: A costs nothing, nothing is saved per month', () => {
    const r = run({ requestsPerDay: 0 });
    expect(r.totalA).toBe(0);
    expect(r.totalB).toBeCloseTo(ONE_TIME_B + 12 * 1_200 + RETRAIN, 6);
    expect(r.promptTokensSavedPerMonth).toBe(0);
    expect(r.breakEvenMonth).toBeNull();
    expect(r.breakEvenRequestsPerDay).toBeCloseTo(run().breakEvenRequestsPerDay ?? NaN, 6);
  });

  it('zero investment: no ROI, break-even at month 0 and at zero volume', () => {
    const r = run({
      labelingCostPerExample: 0,
      trainingPrice: 0,
      evalCostPerRelease: 0,
      engineeringHoursInitial: 0,
      maintenanceHoursPerMonth: 0,
      retrainEveryMonths: 0,
    });
    expect(r.investment).toBe(0);
    expect(r.roi).toBeNull();
    expect(r.breakEvenMonth).toBe(0);
    expect(r.paybackMonths).toBe(0);
    expect(r.breakEvenRequestsPerDay).toBe(0);
  });

  it('no break-even volume when B costs more per request than A', () => {
    const r = run({ servingInputPrice: 50, servingOutputPrice: 50 });
    expect(r.breakEvenRequestsPerDay).toBeNull();
  });

  it('no break-even volume when everything falls back to A', () => {
    expect(run({ fallbackRate: 1 }).breakEvenRequestsPerDay).toBeNull();
  });
});
