import { describe, expect, it } from 'vitest';
import { readNumberBox } from '../../src/model/number-box.ts';
import { checkField } from '../../src/model/field-check.ts';
import { parseDecimal, parseTyped } from '../../src/model/number-input.ts';
import { fieldByKey } from '../../src/model/scenario.ts';
import { TYPED } from './typed-numbers.ts';

describe('number boxes read numbers as people type them', () => {
  for (const [key, text, expected] of TYPED) {
    it(`${key}: ${JSON.stringify(text)} → ${expected ?? 'refused'}`, () => {
      expect(readNumberBox(fieldByKey(key), text).value).toBe(expected);
    });
  }

  it('says why it refused, quoting what was typed', () => {
    const rpd = fieldByKey('requestsPerDay');
    expect(readNumberBox(rpd, '5x').message).toBe(
      'Could not read “5x” as a number. Try 5000, 5k, 1.5M or 2.5e3.',
    );
    expect(readNumberBox(rpd, '-5').message).toBe(
      '“-5” is outside the valid range: 0 requests/day to 100M requests/day.',
    );
    expect(readNumberBox(rpd, '1,5').message).toMatch(/^Could not read “1,5”: use a point/);
    expect(readNumberBox(rpd, '$5').message).toBe(
      'Requests per day is not an amount of money: leave out the “$”.',
    );
    expect(readNumberBox(rpd, '80%').message).toBe(
      'Requests per day is not a percentage: leave out the “%”.',
    );
    expect(readNumberBox(rpd, '').message).toBe('Enter a number.');
  });

  it('says how it adjusted a value it used, and stays silent otherwise', () => {
    expect(readNumberBox(fieldByKey('horizonMonths'), '12.4').message).toBe(
      'Using 12 months: this field takes whole numbers.',
    );
    expect(readNumberBox(fieldByKey('requestsPerDay'), '4.9e-324').message).toBe(
      'Using 0 requests/day: “4.9e-324” is smaller than 0.001 requests/day, the least this field takes.',
    );
    expect(readNumberBox(fieldByKey('requestsPerDay'), '5k').message).toBeNull();
  });
});

describe('links read plain decimals only', () => {
  it('takes what String(number) writes', () => {
    for (const value of [0, 1250, 0.035, 2.5e-7, 1.5e21, 0.1 + 0.2, -0.2, 0.30000000000000004]) {
      expect(parseDecimal(String(value))).toEqual({ ok: true, value });
    }
    expect(parseDecimal('2.5e3')).toEqual({ ok: true, value: 2500 });
  });

  it('refuses what only a person would type, and every other spelling Number() takes', () => {
    for (const text of ['5k', '1,000', '$5', '80%', '0x10', '0b11', '0o7', ' 5', '+5', '1_000']) {
      expect(parseDecimal(text)).toEqual({ ok: false, problem: 'not-a-number' });
    }
    for (const text of ['Infinity', '-Infinity', 'NaN', '1e999']) {
      expect(parseDecimal(text)).toEqual({ ok: false, problem: 'not-finite' });
    }
  });

  it('every plain decimal reads the same in a link and in a box', () => {
    const field = fieldByKey('requestsPerDay');
    for (const text of ['5000', '0.5', '2.5e3', '.5', '5.', '1e-9', '100000000', '-3']) {
      const link = parseDecimal(text);
      const box = parseTyped(field, text);
      expect(box).toEqual(link);
    }
  });
});

describe('one rule for a number in a field', () => {
  it('keeps the valid range, never clamps', () => {
    const rpd = fieldByKey('requestsPerDay');
    expect(checkField(rpd, 100_000_001)).toEqual({ ok: false, problem: 'out-of-range' });
    expect(checkField(rpd, -1)).toEqual({ ok: false, problem: 'out-of-range' });
    expect(checkField(rpd, Infinity)).toEqual({ ok: false, problem: 'not-finite' });
  });

  it('reads a negligible value as 0 in either direction, but never makes a small real price 0', () => {
    const growth = fieldByKey('monthlyGrowth');
    expect(checkField(growth, -1e-300)).toEqual({
      ok: true,
      value: 0,
      adjusted: 'negligible',
    });
    const price = fieldByKey('apiCachedInputPrice');
    // The cheapest cached input price in today's price lists is about $0.01 per million tokens.
    expect(checkField(price, 0.001)).toEqual({ ok: true, value: 0.001, adjusted: null });
  });
});
