import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, startYearChoices } from '../../src/components/start-month.ts';

describe('startYearChoices', () => {
  it('offers last year to five years ahead', () => {
    expect(startYearChoices('2026-12', '2026-12')).toEqual([
      '2025',
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
      '2031',
    ]);
  });

  it('keeps a chosen year outside that window, in order', () => {
    expect(startYearChoices('2019-04', '2026-12')[0]).toBe('2019');
    expect(startYearChoices('2041-11', '2026-12').at(-1)).toBe('2041');
    expect(startYearChoices('0999-01', '2026-12')[0]).toBe('0999');
  });

  it('names twelve months', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_NAMES[11]).toBe('December');
  });
});
