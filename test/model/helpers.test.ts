// The chart helpers (sweepVolume, sensitivity) and the advisor.
import { describe, expect, it } from 'vitest';
import { advise, type Advice } from '../../src/model/advise.ts';
import { calculate } from '../../src/model/calculate.ts';
import { formatCount, formatUsd } from '../../src/model/format.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/scenario.ts';
import { sensitivity } from '../../src/model/sensitivity.ts';
import { sweepVolume } from '../../src/model/sweep.ts';

const scenario = (changes: Partial<Scenario> = {}): Scenario => ({
  ...DEFAULT_SCENARIO,
  ...changes,
});

describe('sweepVolume', () => {
  it('spans 10 to 10,000,000 requests per day in 60 log-spaced points', () => {
    const sweep = sweepVolume(DEFAULT_SCENARIO);
    expect(sweep).toHaveLength(60);
    expect(sweep[0]?.requestsPerDay).toBe(10);
    expect(sweep.at(-1)?.requestsPerDay).toBe(10_000_000);
    const ratio = 10 ** (6 / 59);
    sweep.slice(1).forEach((point, i) => {
      expect(point.requestsPerDay / (sweep[i]?.requestsPerDay ?? NaN)).toBeCloseTo(ratio, 9);
    });
  });

  it('gives exactly the totals calculate gives at each volume', () => {
    const s = scenario({ servingMode: 'dedicated', monthlyGrowth: 0.1 });
    for (const point of sweepVolume(s, 7)) {
      const r = calculate({ ...s, requestsPerDay: point.requestsPerDay });
      expect(point).toEqual({
        requestsPerDay: point.requestsPerDay,
        totalA: r.totalA,
        totalB: r.totalB,
        totalC: r.totalC,
      });
    }
  });

  it("includes C's total: the small model prompted with the whole prompt", () => {
    const first = sweepVolume(DEFAULT_SCENARIO)[0];
    // 10 requests a day: 12 × 300 requests × (3,000 + 500 + 300) × $0.18/M = $2.4624; no upkeep.
    expect(first?.totalC).toBeCloseTo(12 * 300 * 0.000684, 12);
  });

  it.each([2, 1, 0, -3, NaN])('always includes both ends (points = %d)', (points) => {
    expect(sweepVolume(DEFAULT_SCENARIO, points).map((p) => p.requestsPerDay)).toEqual([
      10, 10_000_000,
    ]);
  });
});

describe('sensitivity', () => {
  it('halves and doubles each input, within its range, rounding counts', () => {
    const rows = sensitivity(DEFAULT_SCENARIO);
    const byKey = new Map(rows.map((row) => [row.key, row]));
    expect(byKey.get('requestsPerDay')).toMatchObject({ base: 10_000, low: 5_000, high: 20_000 });
    expect(byKey.get('cacheHitRate')).toMatchObject({ base: 0.8, low: 0.4, high: 1 });
    expect(byKey.get('fewShotExamples')).toMatchObject({ base: 5, low: 3, high: 10 });
    expect(byKey.get('tokenizerRatio')).toMatchObject({ low: 0.5, high: 2 });
  });

  it('reports the savings at each end, the spread and the baseline', () => {
    const baseSavings = calculate(DEFAULT_SCENARIO).savings;
    for (const row of sensitivity(DEFAULT_SCENARIO)) {
      expect(row.lowSavings).toBe(calculate({ ...DEFAULT_SCENARIO, [row.key]: row.low }).savings);
      expect(row.highSavings).toBe(calculate({ ...DEFAULT_SCENARIO, [row.key]: row.high }).savings);
      expect(row.spread).toBe(Math.abs(row.highSavings - row.lowSavings));
      expect(row.baseSavings).toBe(baseSavings);
    }
  });

  it('sorts by spread, largest first', () => {
    const spreads = sensitivity(DEFAULT_SCENARIO).map((row) => row.spread);
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
    expect(spreads[0]).toBeGreaterThan(0);
  });

  it('lists only the inputs that apply to the serving mode and caching', () => {
    const keys = (s: Scenario) => sensitivity(s).map((row) => row.key);
    expect(keys(DEFAULT_SCENARIO)).toContain('servingInputPrice');
    expect(keys(DEFAULT_SCENARIO)).not.toContain('gpuHourlyPrice');
    const dedicated = keys(scenario({ servingMode: 'dedicated', promptCaching: false }));
    expect(dedicated).toContain('gpuHourlyPrice');
    expect(dedicated).not.toContain('servingInputPrice');
    expect(dedicated).not.toContain('cacheHitRate');
  });

  it('adds the version-2 inputs when they are in play', () => {
    const keys = (s: Scenario) => sensitivity(s).map((row) => row.key);
    const v2 = [
      'cacheTtlMinutes',
      'apiPriceChangePerYear',
      'servingPriceChangePerYear',
      'failureCost',
      'failureRateA',
      'failureRateB',
    ] as const;
    for (const key of v2) expect(keys(DEFAULT_SCENARIO)).not.toContain(key);
    const inPlay = scenario({
      cacheTtlMinutes: 5,
      apiPriceChangePerYear: -0.3,
      servingPriceChangePerYear: -0.2,
      failureCost: 4,
      failureRateA: 0.02,
      failureRateB: 0.05,
    });
    const rows = new Map(sensitivity(inPlay).map((row) => [row.key, row]));
    for (const key of v2) expect(rows.has(key)).toBe(true);
    // Halved and doubled, inside the valid range: −30 %/year → −15 % and −60 %.
    expect(rows.get('apiPriceChangePerYear')).toMatchObject({ low: -0.15, high: -0.6 });
    expect(rows.get('cacheTtlMinutes')).toMatchObject({ low: 3, high: 10 });
    // B failing on 2.5 % or 10 % of 300,000 requests a month for 12 months, at $4 each: savings
    // differ by 3,600,000 × 0.075 × $4 = $1,080,000.
    expect(rows.get('failureRateB')?.spread).toBeCloseTo(1_080_000, 4);
    expect(
      sensitivity(scenario({ apiPriceChangePerYear: -0.6 })).find(
        (r) => r.key === 'apiPriceChangePerYear',
      ),
    ).toMatchObject({ high: -0.9 });
  });
});

describe('advise', () => {
  const adviceFor = (changes: Partial<Scenario>): Advice => {
    const s = scenario(changes);
    return advise(s, calculate(s));
  };
  const kinds = (advice: Advice) => advice.reasons.map((r) => `${r.kind}:${r.field}`);
  const ready = { triedPromptEngineering: true, requestsPerDay: 100_000 } as const;

  it('defaults: not yet — prompting is cheaper at 10,000 requests a day, try prompting first', () => {
    const r = calculate(DEFAULT_SCENARIO);
    const advice = advise(DEFAULT_SCENARIO, r);
    expect(advice.verdict).toBe('not-yet');
    expect(advice.headline).toBe(
      `Prompting stays cheaper below ${formatCount(r.breakEvenRequestsPerDay ?? NaN)} requests per day`,
    );
    expect(kinds(advice)).toEqual([
      'caution:triedPromptEngineering',
      'cost:requestsPerDay',
      'benefit:systemPromptTokens',
      'info:residualPromptTokens',
    ]);
    expect(advice.reasons[1]?.text).toBe(
      `At 10,000 requests per day, fine-tuning costs ${formatUsd(-r.savings)} more than prompting over 12 months; it would break even from about ${formatCount(r.breakEvenRequestsPerDay ?? NaN)} requests per day.`,
    );
    expect(advice.reasons[2]?.text).toBe(
      'Fine-tuning drops about 2,850 prompt tokens from every request: 855,000,000 tokens a month no longer sent.',
    );
  });

  // A small API model (0.25/1 $/M, like the mini tiers): switching to the 8B model saves little,
  // fine-tuning away the 3,000-token prompt saves most.
  const smallApi = {
    apiInputPrice: 0.25,
    apiCachedInputPrice: 0.125,
    apiCacheWritePrice: 0.25,
    apiOutputPrice: 1,
  } as const;

  it('fine-tune when fine-tuning itself pays back and nothing stands in the way', () => {
    const s = scenario({ ...ready, ...smallApi, requestsPerDay: 500_000 });
    const r = calculate(s);
    // By hand: C − B per request is the prompt fine-tuning drops, (3,000 − 150) × $0.18/M =
    // $0.000513; over 12 months of 15,000,000 requests that is $92,340. B pays for it with
    // one-time $25,506.912 (2,000 × $0.50 + 3 × $2.304 + $500 + 160 h × $150), one retrain in month
    // 7 of $6,756.912 (0.25 × 2,000 × $0.50 + 3 × $2.304 + $500 + 40 h × $150) and 12 × 8 h × $150.
    expect(r.savingsParts.fineTuning).toBeCloseTo(92_340 - 25_506.912 - 6_756.912 - 14_400, 6);
    expect(r.savingsParts.fineTuning).toBeGreaterThan(r.savings / 2);
    const advice = advise(s, r);
    expect(advice.verdict).toBe('fine-tune');
    expect(r.paybackMonths).toBeGreaterThan(2);
    expect(advice.headline).toMatch(
      /^Fine-tuning pays back in \d\.\d months and saves \$[\d,]+ over 12 months$/,
    );
    expect(advice.headline).toContain(formatUsd(r.savings));
    expect(kinds(advice)).toEqual(['benefit:requestsPerDay', 'benefit:systemPromptTokens']);
  });

  it('not yet when the whole saving comes from the smaller model: prompt it first', () => {
    // The defaults' large API model at 50,000 requests a day: moving to the 8B model saves more
    // than fine-tuning it does, because fine-tuning costs more than the prompt tokens it drops.
    const s = scenario({ ...ready, requestsPerDay: 50_000 });
    const r = calculate(s);
    expect(r.savings).toBeGreaterThan(0);
    expect(r.savingsParts.fineTuning).toBeLessThan(0);
    const advice = advise(s, r);
    expect(advice.verdict).toBe('not-yet');
    expect(kinds(advice)).toEqual([
      'caution:residualPromptTokens',
      'benefit:requestsPerDay',
      'benefit:systemPromptTokens',
    ]);
    expect(advice.reasons[0]?.text).toBe(
      `The whole saving comes from the smaller model, not from fine-tuning: prompt the small model first — prompted, it costs ${formatUsd(-r.savingsParts.fineTuning)} less than fine-tuned.`,
    );
  });

  it('fine-tune, saying the split, when fine-tuning pays but most of the saving is the switch', () => {
    const s = scenario({ ...ready, ...smallApi, requestsPerDay: 300_000 });
    const r = calculate(s);
    const { modelSwitch, fineTuning } = r.savingsParts;
    expect(fineTuning).toBeGreaterThan(0);
    expect(modelSwitch).toBeGreaterThan(r.savings / 2);
    const advice = advise(s, r);
    expect(advice.verdict).toBe('fine-tune');
    expect(advice.reasons.find((reason) => reason.kind === 'info')?.text).toBe(
      `Most of this saving comes from the smaller model; prompt it first — that alone saves ${formatUsd(modelSwitch)}; fine-tuning adds ${formatUsd(fineTuning)}.`,
    );
  });

  it('cheaper from the start when there is nothing to invest', () => {
    const advice = adviceFor({
      ...ready,
      labelingCostPerExample: 0,
      trainingPrice: 0,
      evalCostPerRelease: 0,
      engineeringHoursInitial: 0,
      maintenanceHoursPerMonth: 0,
    });
    expect(advice.headline).toMatch(/^Fine-tuning is cheaper from the start and saves \$/);
  });

  it.each([
    [{ trainingExamples: 50 }, 'blocker:trainingExamples', 'dont'],
    [{ needsFreshKnowledge: true }, 'blocker:needsFreshKnowledge', 'dont'],
    [{ wantsGeneralCapability: true }, 'blocker:wantsGeneralCapability', 'dont'],
    [{ trainingExamples: 300 }, 'caution:trainingExamples', 'not-yet'],
    [{ requirementsChangeOften: true }, 'caution:requirementsChangeOften', 'not-yet'],
    [{ triedPromptEngineering: false }, 'caution:triedPromptEngineering', 'not-yet'],
  ] as const)('%j gives %s and verdict %s', (changes, reason, verdict) => {
    const advice = adviceFor({ ...ready, ...changes });
    expect(kinds(advice)[0]).toBe(reason);
    expect(advice.verdict).toBe(verdict);
  });

  it('a blocker wins even over a strong cost case', () => {
    const advice = adviceFor({ ...ready, requestsPerDay: 1_000_000, wantsGeneralCapability: true });
    expect(advice.verdict).toBe('dont');
    expect(advice.headline).toMatch(/^Fine-tuning pays back in/);
  });

  it('points to RAG for fresh facts, acknowledging RAG already in use', () => {
    const without = adviceFor({ needsFreshKnowledge: true }).reasons[0]?.text;
    const withRag = adviceFor({ needsFreshKnowledge: true, triedRag: true }).reasons[0]?.text;
    expect(without).toMatch(/Use retrieval \(RAG\)/);
    expect(withRag).toMatch(/which you already use/);
  });

  it('warns when prompt caching is off for a cacheable prefix, not for a short one', () => {
    expect(kinds(adviceFor({ promptCaching: false }))).toContain('hint:promptCaching');
    const short = adviceFor({ promptCaching: false, systemPromptTokens: 100, fewShotExamples: 0 });
    expect(kinds(short)).not.toContain('hint:promptCaching');
  });

  it('says when prompting is cheaper at every volume', () => {
    const advice = adviceFor({ servingInputPrice: 50, servingOutputPrice: 50 });
    expect(advice.headline).toBe(
      'Prompting stays cheaper at every volume up to 100 million requests per day',
    );
    expect(advice.reasons.find((r) => r.kind === 'cost')?.text).toMatch(
      /; it stays dearer at every volume up to 100 million requests per day\.$/,
    );
    // The small model prompted costs more than A here too: nothing to say about switching.
    expect(advice.reasons.find((r) => r.kind === 'info')).toBeUndefined();
  });

  it('when fine-tuning does not pay, still says what prompting the small model would save', () => {
    // The defaults (10,000 requests a day): fine-tuning costs more than A over 12 months, but the
    // 8B model sent A's whole prompt is far cheaper per token than the large API model.
    const r = calculate(DEFAULT_SCENARIO);
    const { modelSwitch, fineTuning } = r.savingsParts;
    expect(r.savings).toBeLessThan(0);
    expect(modelSwitch).toBeGreaterThan(0);
    // By the spec's split: A − C and C − B add up to the (negative) savings.
    expect(modelSwitch + fineTuning).toBeCloseTo(r.savings, 6);
    const advice = advise(DEFAULT_SCENARIO, r);
    expect(advice.verdict).toBe('not-yet');
    expect(advice.reasons.find((reason) => reason.kind === 'info')?.text).toBe(
      `Prompting the small model with the same prompt, without fine-tuning, would save ${formatUsd(modelSwitch)} over 12 months if it answers as well as the API model: test that on your own examples first. Fine-tuning it costs ${formatUsd(-fineTuning)} more than prompting it.`,
    );
  });

  it('names a Scenario input behind every reason', () => {
    const advice = adviceFor({
      trainingExamples: 50,
      needsFreshKnowledge: true,
      requirementsChangeOften: true,
      wantsGeneralCapability: true,
      promptCaching: false,
    });
    for (const reason of advice.reasons)
      expect(Object.keys(DEFAULT_SCENARIO)).toContain(reason.field);
    expect(advice.reasons.map((r) => r.kind)).toEqual([
      'blocker',
      'blocker',
      'blocker',
      'caution',
      'caution',
      'cost',
      'benefit',
      'info',
      'hint',
    ]);
  });
});
