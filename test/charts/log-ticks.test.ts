import { describe, expect, it } from 'vitest';
import { powersOfTen } from '../../src/charts/log-ticks.ts';

describe('log axis ticks', () => {
  it('gives the powers of ten around a range, for log axes', () => {
    expect(powersOfTen(10, 10_000_000)).toEqual([10, 100, 1e3, 1e4, 1e5, 1e6, 1e7]);
    expect(powersOfTen(30, 4_000)).toEqual([10, 100, 1_000, 10_000]);
    expect(powersOfTen(500, 500)).toEqual([100, 1_000]);
    expect(powersOfTen(0, 100)).toEqual([]);
  });
});
