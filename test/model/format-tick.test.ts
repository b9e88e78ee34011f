import { describe, expect, it } from 'vitest';
import { formatMoneyTick, formatTick } from '../../src/model/format-tick.ts';

describe('axis tick formats', () => {
  it('writes counts short: k, M, B with at most one decimal below 10', () => {
    expect(formatTick(0)).toBe('0');
    expect(formatTick(10)).toBe('10');
    expect(formatTick(950)).toBe('950');
    expect(formatTick(1_000)).toBe('1k');
    expect(formatTick(1_234)).toBe('1.2k');
    expect(formatTick(15_109)).toBe('15k');
    expect(formatTick(10_000_000)).toBe('10M');
    expect(formatTick(2.5e9)).toBe('2.5B');
    expect(formatTick(0.25)).toBe('0.25');
  });

  it('rounds up into the next unit instead of writing 1000k', () => {
    expect(formatTick(999_960)).toBe('1M');
    expect(formatTick(999.7)).toBe('1k');
  });

  it('writes dollars with the sign before the $', () => {
    expect(formatMoneyTick(0)).toBe('$0');
    expect(formatMoneyTick(12_000)).toBe('$12k');
    expect(formatMoneyTick(1_200_000)).toBe('$1.2M');
    expect(formatMoneyTick(-5_000)).toBe('-$5k');
    expect(formatMoneyTick(Number.NaN)).toBe('–');
  });
});
