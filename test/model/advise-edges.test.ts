// The advisor's rules at their edges (spec: "The advisor"): each threshold on the exact value the
// spec names, a saving of exactly nothing, and paybacks too short to show in months.
import { describe, expect, it } from 'vitest';
import { advise, type Advice } from '../../src/model/advise.ts';
import { calculate } from '../../src/model/calculate.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/scenario.ts';

const scenario = (changes: Partial<Scenario>): Scenario => ({ ...DEFAULT_SCENARIO, ...changes });
const adviceFor = (changes: Partial<Scenario>): Advice => {
  const s = scenario(changes);
  return advise(s, calculate(s));
};
const reasonsOn = (advice: Advice, field: string) =>
  advice.reasons.filter((r) => r.field === field).map((r) => r.kind);
/** A team that has tried prompting and wants no broad skills: only the numbers decide. */
const ready = { triedPromptEngineering: true } as const;

describe('the advisor at its thresholds', () => {
  it('blocks below 100 training examples and only cautions from 100 (spec: trainingExamples < 100)', () => {
    expect(reasonsOn(adviceFor({ ...ready, trainingExamples: 99 }), 'trainingExamples')).toEqual([
      'blocker',
    ]);
    expect(adviceFor({ ...ready, trainingExamples: 99 }).verdict).toBe('dont');
    expect(reasonsOn(adviceFor({ ...ready, trainingExamples: 100 }), 'trainingExamples')).toEqual([
      'caution',
    ]);
    expect(adviceFor({ ...ready, trainingExamples: 100 }).verdict).not.toBe('dont');
  });

  it('suggests prompt caching from a 1,024-token prefix, the shortest the major APIs cache', () => {
    const caching = (systemPromptTokens: number) =>
      reasonsOn(
        adviceFor({ promptCaching: false, systemPromptTokens, fewShotExamples: 0 }),
        'promptCaching',
      );
    expect(caching(1_024)).toEqual(['hint']);
    expect(caching(1_023)).toEqual([]);
  });
});

describe('a saving of exactly nothing', () => {
  // Nothing costs anything on either side: both totals are $0, so fine-tuning saves $0.
  const free = scenario({
    ...ready,
    requestsPerDay: 0,
    labelingCostPerExample: 0,
    trainingPrice: 0,
    evalCostPerRelease: 0,
    engineeringHoursInitial: 0,
    maintenanceHoursPerMonth: 0,
    promptSetupHours: 0,
    promptMaintenanceHoursPerMonth: 0,
    servingHourlyFee: 0,
    retrainEveryMonths: 0,
  });

  it('is no case for fine-tuning, and the advice describes no saving', () => {
    const r = calculate(free);
    expect([r.totalA, r.totalB]).toEqual([0, 0]);
    const advice = advise(free, r);
    expect(advice.verdict).toBe('not-yet');
    expect(advice.headline).not.toMatch(/saves/);
    expect(advice.reasons.map((reason) => reason.text).join('\n')).not.toMatch(/saving|saves/);
    expect(advice.reasons.find((reason) => reason.kind === 'cost')?.text).toBe(
      'At 0 requests per day, fine-tuning costs exactly as much as prompting over 12 months.',
    );
  });
});

describe('how long fine-tuning takes to pay back', () => {
  // By hand: no caching, a 3,000-token prefix and 500 tokens in at $2/M, 300 out at $10/M: A costs
  // $0.01 a request; B's serving is free, so each request saves $0.01, and 30 days of R requests a
  // day save 0.3 × R dollars a month. B's one cost is 10 engineering hours at $150: $1,500.
  // Payback = 1,500 / (0.3 × R) months.
  const paying = (requestsPerDay: number) =>
    scenario({
      ...ready,
      requestsPerDay,
      promptCaching: false,
      apiInputPrice: 2,
      apiOutputPrice: 10,
      servingInputPrice: 0,
      servingOutputPrice: 0,
      labelingCostPerExample: 0,
      trainingPrice: 0,
      evalCostPerRelease: 0,
      engineeringHoursInitial: 10,
      maintenanceHoursPerMonth: 0,
      retrainEveryMonths: 0,
    });
  const headline = (requestsPerDay: number) => {
    const s = paying(requestsPerDay);
    return advise(s, calculate(s)).headline;
  };

  it('reads "within days" for a payback of hours (1,000,000 a day: 0.005 months, 3.6 hours)', () => {
    expect(calculate(paying(1_000_000)).paybackMonths).toBeCloseTo(0.005, 12);
    expect(headline(1_000_000)).toMatch(/^Fine-tuning pays back within days and saves \$/);
  });

  it('reads in months from a day and a half (25,000 a day: 0.2 months, six days)', () => {
    expect(calculate(paying(25_000)).paybackMonths).toBeCloseTo(0.2, 12);
    expect(headline(25_000)).toMatch(/^Fine-tuning pays back in 0\.2 months and saves \$/);
  });
});
