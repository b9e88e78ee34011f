import { describe, expect, it } from 'vitest';
import {
  cumulativeSummary,
  inputValueText,
  monthlySummary,
  savingSplitSummary,
  sensitivitySummary,
  volumeSummary,
} from '../../src/charts/chart-summaries.ts';
import { calculate } from '../../src/model/calculate.ts';
import { sensitivity } from '../../src/model/sensitivity.ts';
import type { SensitivityRow } from '../../src/model/sensitivity.ts';
import { BREAK_EVEN, DEDICATED, NO_BREAK_EVEN } from './fixtures.ts';
import { formatUsdShort as usd } from '../../src/model/format.ts';

// Money goes through the page's own short formatter, so these sentences match the key figures.
describe('cumulativeSummary', () => {
  it('names the break-even month and both totals', () => {
    expect(
      cumulativeSummary(
        { breakEvenMonth: 3, totalA: 120_000, totalB: 61_000, totalC: 80_000 },
        12,
        'Llama 3.1 8B',
      ),
    ).toBe(
      `Fine-tuning becomes cheaper in month 3; after 12 months A costs ${usd(120_000)} and B ${usd(61_000)}. Llama 3.1 8B prompted, without fine-tuning, would cost $80k.`,
    );
  });

  it('says when fine-tuning never pays off within the horizon', () => {
    expect(
      cumulativeSummary(
        { breakEvenMonth: null, totalA: 31_500, totalB: 47_000, totalC: 9_000 },
        1,
        'Qwen 2.5 7B',
      ),
    ).toBe(
      `Fine-tuning does not pay off within 1 month; after 1 month A costs $31.5k and B ${usd(47_000)}. Qwen 2.5 7B prompted, without fine-tuning, would cost $9k.`,
    );
  });

  it('says when fine-tuning is cheaper from the start', () => {
    expect(
      cumulativeSummary({ breakEvenMonth: 0, totalA: 900, totalB: 450, totalC: 600 }, 6, 'X'),
    ).toBe(
      'Fine-tuning is cheaper from the start; after 6 months A costs $900 and B $450. X prompted, without fine-tuning, would cost $600.',
    );
  });

  it('agrees with the model on real scenarios', () => {
    const result = calculate(BREAK_EVEN);
    expect(cumulativeSummary(result, 12, 'Llama 3.1 8B')).toMatch(
      /^Fine-tuning becomes cheaper in month 2; after 12 months A costs \$315(\.0)?k and B \$52\.8k\. Llama 3\.1 8B prompted, without fine-tuning, would cost \$[\d.]+k\.$/,
    );
    expect(cumulativeSummary(result, 12, 'Llama 3.1 8B')).toContain(
      `would cost ${usd(result.totalC)}.`,
    );
    expect(cumulativeSummary(calculate(NO_BREAK_EVEN), 12, 'Llama 3.1 8B')).toMatch(
      /^Fine-tuning does not pay off within 12 months/,
    );
  });
});

describe('monthlySummary', () => {
  it('compares month 1 with the last month and lists the retrain', () => {
    expect(monthlySummary(calculate(NO_BREAK_EVEN), 'serverless')).toBe(
      'In month 1 A costs $2.6k and B $1.3k; in month 12, $2.6k and $1.3k. ' +
        'B retrains in month 7 ($6.8k).',
    );
  });

  it('lists every retrain and, when dedicated, the GPUs', () => {
    const r = calculate({ ...DEDICATED, horizonMonths: 24 });
    expect(monthlySummary(r, 'dedicated')).toMatch(
      /B retrains in months 7, 13 and 19 \(\$6\.8k each\)\. B runs on 1 GPU\.$/,
    );
  });

  it('keeps to month 1 when the horizon is one month', () => {
    const r = calculate({ ...NO_BREAK_EVEN, horizonMonths: 1 });
    expect(monthlySummary(r, 'serverless')).toBe('In month 1 A costs $2.6k and B $1.3k.');
  });
});

describe('volumeSummary', () => {
  it('says whether today’s volume is above or below the break-even volume', () => {
    expect(volumeSummary({ breakEvenRequestsPerDay: 15_109.2 }, 10_000, 12)).toBe(
      'Over 12 months fine-tuning is cheaper from 15,109 requests/day; you have 10,000, below it.',
    );
    expect(volumeSummary({ breakEvenRequestsPerDay: 15_109.2 }, 100_000, 12)).toBe(
      'Over 12 months fine-tuning is cheaper from 15,109 requests/day; you have 100,000, above it.',
    );
  });

  it('covers "never" and "always"', () => {
    expect(volumeSummary({ breakEvenRequestsPerDay: null }, 10_000, 12)).toBe(
      'Over 12 months fine-tuning is not cheaper at any volume; you have 10,000 requests/day.',
    );
    expect(volumeSummary({ breakEvenRequestsPerDay: 0 }, 10_000, 3)).toBe(
      'Over 3 months fine-tuning is cheaper at any volume.',
    );
  });
});

describe('sensitivitySummary', () => {
  it('names the input with the widest spread, its real values, the change in savings and the next two', () => {
    const rows = sensitivity(NO_BREAK_EVEN);
    // The engineering rate is $150/h: halving it saves B $22.2k more, doubling costs it $44.4k.
    // The halved rate is written as its row's other ends are, without cents ($75, not $75.00).
    expect(sensitivitySummary(rows, 12)).toMatch(
      /^Savings over 12 months \(-\$15\.8k now\) move most with engineering hourly rate: \$150\/h → \$75\/h changes them by \+\$22\.2k, → \$300\/h by -\$44\.4k; then requests per day and fine-tuning build effort\.$/,
    );
  });

  it('caps a share at its range and says the capped value, not a factor', () => {
    const row: SensitivityRow = {
      key: 'cacheHitRate',
      label: 'Cache hit rate',
      base: 0.8,
      low: 0.4,
      high: 1,
      lowSavings: 5_000,
      highSavings: 12_000,
      spread: 7_000,
      baseSavings: 10_000,
    };
    expect(sensitivitySummary([row], 12)).toBe(
      'Savings over 12 months ($10k now) move most with cache hit rate: 80% → 40% changes them by -$5k, → 100% by +$2k.',
    );
  });

  it('ranks by spread itself and keeps acronyms capitalised', () => {
    const row = (label: string, spread: number): SensitivityRow => ({
      key: 'apiOutputPrice',
      label,
      base: 10,
      low: 5,
      high: 20,
      lowSavings: -spread / 2,
      highSavings: spread / 2,
      spread,
      baseSavings: 0,
    });
    expect(sensitivitySummary([row('Small', 10), row('API output price', 5_000)], 6)).toBe(
      'Savings over 6 months ($0.00 now) move most with API output price: $10.00/M tokens → ' +
        '$5.00/M tokens changes them by -$2.5k, → $20.00/M tokens by +$2.5k; then small.',
    );
    expect(sensitivitySummary([row('Flat', 0)], 6)).toBe(
      'No single input changes the savings when halved or doubled.',
    );
    expect(sensitivitySummary([], 6)).toBe(
      'No single input changes the savings when halved or doubled.',
    );
  });
});

describe('inputValueText', () => {
  const rate = (base: number, low: number, high: number) => ({
    key: 'hourlyRate' as const,
    base,
    low,
    high,
  });

  it('writes a row of whole dollars in one style, cents only when none of its ends drops them', () => {
    expect([150, 75, 300].map((v) => inputValueText(rate(150, 75, 300), v))).toEqual([
      '$150/h',
      '$75/h',
      '$300/h',
    ]);
    expect([40, 20, 80].map((v) => inputValueText(rate(40, 20, 80), v))).toEqual([
      '$40.00/h',
      '$20.00/h',
      '$80.00/h',
    ]);
    // Cents that carry a value stay.
    expect([125, 62.5, 250].map((v) => inputValueText(rate(125, 62.5, 250), v))).toEqual([
      '$125/h',
      '$62.50/h',
      '$250/h',
    ]);
  });
});

describe('savingSplitSummary', () => {
  const split = (totalA: number, totalC: number, totalB: number) => ({
    totalA,
    totalB,
    savingsParts: { modelSwitch: totalA - totalC, fineTuning: totalC - totalB },
  });

  it('says what switching models and what fine-tuning each save, from A to B', () => {
    expect(savingSplitSummary(split(315_000, 189_000, 155_000), 12, 'Llama 3.1 8B')).toBe(
      'Over 12 months switching to Llama 3.1 8B saves $126k, and fine-tuning it saves $34k more: from $315k (A) to $155k (B).',
    );
  });

  it('says when fine-tuning costs more than prompting the small model', () => {
    expect(savingSplitSummary(split(90_000, 30_000, 45_000), 6, 'Qwen 2.5 7B')).toBe(
      'Over 6 months switching to Qwen 2.5 7B saves $60k, and fine-tuning it costs $15k more: from $90k (A) to $45k (B).',
    );
  });

  it('says when the small model prompted costs more than A', () => {
    expect(savingSplitSummary(split(1_000, 1_500, 1_200), 1, 'X')).toBe(
      'Over 1 month switching to X costs $500 more, and fine-tuning it saves $300 more: from $1k (A) to $1.2k (B).',
    );
  });
});
