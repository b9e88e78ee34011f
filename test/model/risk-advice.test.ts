import { describe, expect, it } from 'vitest';
import { advise } from '../../src/model/advise.ts';
import { calculate } from '../../src/model/calculate.ts';
import { adviseWithRisk, breakEvenSentence, riskHeadline } from '../../src/model/risk-advice.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/scenario.ts';
import type { Simulation } from '../../src/model/simulate.ts';
import { formatChance } from '../../src/model/format.ts';

/**
 * A scenario the advisor says "fine-tune" to: a clear cost case and no caution, at a volume
 * where fine-tuning itself (not only the smaller model) pays for its investment.
 */
const READY: Scenario = {
  ...DEFAULT_SCENARIO,
  requestsPerDay: 500_000,
  triedPromptEngineering: true,
};

function sim(overrides: Partial<Simulation>): Simulation {
  return {
    samples: 2_000,
    seed: 1,
    probabilityCheaper: 0.64,
    savingsP10: -9_000,
    savingsP50: 18_000,
    savingsP90: 51_000,
    probabilityBreakEven: 0.87,
    breakEvenMonthP50: 5,
    cumulativeSavingsBands: [],
    ...overrides,
  };
}

describe('the headline in words', () => {
  it('reads like the issue’s example, each end of the middle 80% named a saving or a cost', () => {
    expect(riskHeadline(sim({}), 12)).toBe(
      'Fine-tuning is cheaper over 12 months in 64% of 2,000 simulated futures; median saving $18k (8 futures in 10: between an extra cost of $9k and a saving of $51k)',
    );
  });

  it('calls a negative median an extra cost, and never puts a minus sign on one', () => {
    const headline = riskHeadline(
      sim({ savingsP10: -43_200, savingsP50: -31_500, savingsP90: -20_100 }),
      12,
    );
    expect(headline).toContain(
      'median extra cost $31.5k (8 futures in 10: an extra cost between $20.1k and $43.2k)',
    );
    expect(headline).not.toMatch(/-\$/);
  });

  it('says a saving range when every future in the middle 80% saves', () => {
    expect(riskHeadline(sim({ savingsP10: 2_000 }), 12)).toContain(
      '(8 futures in 10: a saving between $2k and $51k)',
    );
  });

  it('never rounds a share onto a certainty', () => {
    expect([0, 0.003, 0.5, 0.996, 1].map(formatChance)).toEqual([
      '0%',
      'under 1%',
      '50%',
      'over 99%',
      '100%',
    ]);
  });

  it('gives the median break-even month of the futures that break even', () => {
    expect(breakEvenSentence(sim({}), 12)).toBe(
      'It breaks even in 87% of them; in the median of those, by month 5',
    );
    expect(breakEvenSentence(sim({ breakEvenMonthP50: null, probabilityBreakEven: 0 }), 12)).toBe(
      'It breaks even in none of them within 12 months',
    );
  });
});

describe('the verdict with the odds', () => {
  const result = calculate(READY);
  const advice = advise(READY, result);

  it('starts from a "fine-tune" verdict', () => {
    expect(advice.verdict).toBe('fine-tune');
  });

  it('keeps "fine-tune" when the saving holds in most futures, and says how often', () => {
    const adjusted = adviseWithRisk(advice, result, sim({ probabilityCheaper: 0.64 }), 12);
    expect(adjusted.verdict).toBe('fine-tune');
    expect(adjusted.reasons.find((r) => r.field === 'ranges')?.text).toContain('64%');
  });

  it('turns "fine-tune" into "not yet" when the saving holds in fewer than half', () => {
    const adjusted = adviseWithRisk(advice, result, sim({ probabilityCheaper: 0.38 }), 12);
    expect(adjusted.verdict).toBe('not-yet');
    const reason = adjusted.reasons.find((r) => r.field === 'ranges');
    expect(reason?.kind).toBe('caution');
    expect(reason?.text).toContain('only in 38% of 2,000 simulated futures');
  });

  it('says "none" rather than "only 0%" when no future is cheaper', () => {
    const none = calculate(DEFAULT_SCENARIO);
    const adjusted = adviseWithRisk(
      advise(DEFAULT_SCENARIO, none),
      none,
      sim({ probabilityCheaper: 0, savingsP10: -40_000, savingsP90: -20_000 }),
      12,
    );
    expect(adjusted.reasons.find((r) => r.field === 'ranges')?.text).toBe(
      'Fine-tuning is cheaper in none of 2,000 simulated futures over 12 months.',
    );
  });

  it('never turns "don’t fine-tune" into anything milder', () => {
    const blocked = { ...READY, needsFreshKnowledge: true };
    const blockedAdvice = advise(blocked, calculate(blocked));
    const adjusted = adviseWithRisk(
      blockedAdvice,
      calculate(blocked),
      sim({ probabilityCheaper: 0.99 }),
      12,
    );
    expect(adjusted.verdict).toBe('dont');
  });

  it('leaves the advice alone when every future is the same', () => {
    const same = sim({ probabilityCheaper: 1, savingsP10: 5, savingsP50: 5, savingsP90: 5 });
    expect(adviseWithRisk(advice, result, same, 12)).toBe(advice);
  });
});
