import { describe, expect, it } from 'vitest';
import { compactMoney, compactNumber, powersOfTen } from '../../src/charts/axis-format.ts';

describe('axis tick formats', () => {
  it('writes counts short: k, M, B with at most one decimal below 10', () => {
    expect(compactNumber(0)).toBe('0');
    expect(compactNumber(10)).toBe('10');
    expect(compactNumber(950)).toBe('950');
    expect(compactNumber(1_000)).toBe('1k');
    expect(compactNumber(1_234)).toBe('1.2k');
    expect(compactNumber(15_109)).toBe('15k');
    expect(compactNumber(10_000_000)).toBe('10M');
    expect(compactNumber(2.5e9)).toBe('2.5B');
    expect(compactNumber(0.25)).toBe('0.25');
  });

  it('rounds up into the next unit instead of writing 1000k', () => {
    expect(compactNumber(999_960)).toBe('1M');
    expect(compactNumber(999.7)).toBe('1k');
  });

  it('writes dollars with the sign before the $', () => {
    expect(compactMoney(0)).toBe('$0');
    expect(compactMoney(12_000)).toBe('$12k');
    expect(compactMoney(1_200_000)).toBe('$1.2M');
    expect(compactMoney(-5_000)).toBe('-$5k');
    expect(compactMoney(Number.NaN)).toBe('–');
  });

  it('gives the powers of ten around a range, for log axes', () => {
    expect(powersOfTen(10, 10_000_000)).toEqual([10, 100, 1e3, 1e4, 1e5, 1e6, 1e7]);
    expect(powersOfTen(30, 4_000)).toEqual([10, 100, 1_000, 10_000]);
    expect(powersOfTen(500, 500)).toEqual([100, 1_000]);
    expect(powersOfTen(0, 100)).toEqual([]);
  });
});
