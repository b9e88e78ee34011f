/**
 * Every money and number format is readable at every magnitude. A 100M-requests/day scenario
 * growing 200 % a month for 60 months once read "A costs $3.802486897286894e+23T", its axis
 * "$2.9999999999999997e+23T".
 */
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/model/advise.ts';
import { calculate } from '../../src/model/calculate.ts';
import {
  formatCount,
  formatNumber,
  formatQuantity,
  formatUsd,
  formatUsdShort,
} from '../../src/model/format.ts';
import { formatMoneyTick, formatTick } from '../../src/model/format-tick.ts';
import { decodeLink } from '../../src/url/link.ts';

const FORMATS = {
  formatUsd,
  formatUsdShort,
  formatMoneyTick,
  formatNumber,
  formatCount,
  formatQuantity,
  formatTick,
};

/**
 * Readable: grouped digits with an optional k/K/M/B/T suffix, or an exponent with at most two
 * decimals — never both, never more than 15 digits in a row.
 */
const READABLE =
  /^-?\$?(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?[kKMBT]?|\d(?:\.\d{1,2})?e[+-]\d{1,3}|0\.0*\d{1,3})$/;

function magnitudes(): number[] {
  const values: number[] = [];
  for (let exponent = -2; exponent <= 307; exponent += 1) {
    for (const mantissa of [1, 3 - 2 ** -51, 3.802486897286894, 9.9996]) {
      values.push(mantissa * 10 ** exponent);
    }
  }
  return values.filter(Number.isFinite);
}

describe('numbers stay readable at every magnitude', () => {
  for (const [name, format] of Object.entries(FORMATS)) {
    it(`${name}, from 0.01 to 1e308, both signs`, () => {
      for (const value of magnitudes()) {
        for (const signed of [value, -value]) {
          const text = format(signed);
          expect(text, `${name}(${signed})`).toMatch(READABLE);
          expect(text.length, `${name}(${signed}) = ${text}`).toBeLessThanOrEqual(26);
        }
      }
    });
  }

  it('switches to exponents past a thousand trillion, never "1,000T"', () => {
    expect(formatUsdShort(3.8024868972868936e35)).toBe('$3.80e+35');
    expect(formatMoneyTick(2.9999999999999997e23)).toBe('$3e+23');
    expect(formatMoneyTick(2.5e35)).toBe('$2.5e+35');
    expect(formatUsdShort(999.97e12)).toBe('$1.00e+15');
    expect(formatMoneyTick(999.7e12)).toBe('$1e+15');
    expect(formatQuantity(4.2e18)).toBe('4.20e+18');
    expect(formatUsdShort(123.4e12)).toBe('$123.4T');
  });

  it('the 100M requests/day, 200 %/month, 60-month link reads cleanly', () => {
    const scenario = decodeLink('v=1&rpd=100000000&gr=2&mo=60').current.scenario;
    const result = calculate(scenario);
    for (const value of [result.totalA, result.totalB, result.savings, result.investment]) {
      expect(formatUsdShort(value)).toMatch(READABLE);
      expect(formatMoneyTick(value)).toMatch(READABLE);
    }
    const advice = advise(scenario, result);
    for (const text of [advice.headline, ...advice.reasons.map((r) => r.text)]) {
      expect(text).not.toMatch(/e\+\d+[kKMBT]|\d{16}|Infinity|NaN/);
    }
  });
});
