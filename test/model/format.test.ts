import { describe, expect, it } from 'vitest';
import {
  formatBreakEvenMonth,
  formatBreakEvenVolumeText,
  formatChance,
  formatCompact,
  formatCountOf,
  formatMonths,
  formatPayback,
  formatPercent,
  formatPerRequest,
  formatRoi,
  formatUsdShort,
} from '../../src/model/format.ts';
import { formatTick } from '../../src/model/format-tick.ts';

// Expected texts are worked out by hand from each function's documented rule.
describe('one spelling for every result', () => {
  it('writes every percentage without a space, whatever the source', () => {
    expect(formatPercent(0.8)).toBe('80%');
    expect(formatPercent(0.07)).toBe('7%'); // 0.07 × 100 = 7.000000000000001 in binary
    expect(formatChance(0.64)).toBe('64%');
    expect(formatChance(0.003)).toBe('under 1%');
    expect(formatChance(0.996)).toBe('over 99%');
    expect(formatRoi(1.234)).toBe('123%');
    expect(formatRoi(-0.5)).toBe('-50%');
    expect(formatRoi(null)).toBe('n/a');
  });

  it('writes thousands with the same lower-case k in text, money and axis ticks', () => {
    expect(formatCompact(12_345)).toBe('12.3k');
    expect(formatUsdShort(12_345)).toBe('$12.3k');
    expect(formatTick(12_345)).toBe('12k');
    expect(formatUsdShort(-1_250_000)).toBe('-$1.3M');
  });

  it('says month or months by the number a reader sees', () => {
    expect(formatMonths(1)).toBe('1 month');
    expect(formatMonths(1.04)).toBe('1 month');
    expect(formatMonths(12)).toBe('12 months');
    expect(formatMonths(4.24)).toBe('4.2 months');
    expect(formatCountOf(1, 'GPU')).toBe('1 GPU');
    expect(formatCountOf(2_000, 'simulated future')).toBe('2,000 simulated futures');
    expect(formatCountOf(3, 'pass', 'passes')).toBe('3 passes');
  });

  it('writes break-even and payback the same on every view', () => {
    expect(formatBreakEvenMonth(7)).toBe('Month 7');
    expect(formatBreakEvenMonth(null)).toBe('None');
    expect(formatBreakEvenVolumeText(16_550.4)).toBe('16,550 requests/day');
    expect(formatBreakEvenVolumeText(null)).toBe('None');
    expect(formatPayback(4.24, 12)).toBe('pays back after 4.2 months');
    expect(formatPayback(null, 1)).toBe('not within 1 month');
  });

  it('gives each cost per request three significant figures, and words for none', () => {
    expect(formatPerRequest(0.00875)).toBe('$0.00875');
    expect(formatPerRequest(0.000412)).toBe('$0.000412');
    expect(formatPerRequest(0.01)).toBe('$0.0100');
    expect(formatPerRequest(1.2)).toBe('$1.20');
    expect(formatPerRequest(1250)).toBe('$1,250');
    expect(formatPerRequest(0)).toBe('$0.00');
    expect(formatPerRequest(null)).toBe('no requests');
  });
});
