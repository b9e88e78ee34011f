import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedDigits, significantDigits, upToDigits } from '../../src/model/digits.ts';
import { formatCompact } from '../../src/model/format.ts';

// Intl.NumberFormat is the reference these hand-written formats must agree with.
const intl = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat('en-US', options);

describe('digits, written without Intl', () => {
  it('match Intl for every shape the app uses', () => {
    const upTo2 = intl({ maximumFractionDigits: 2 });
    const whole = intl({ maximumFractionDigits: 0 });
    const cents = intl({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const three = intl({ maximumSignificantDigits: 3 });
    const compact = intl({ notation: 'compact', maximumFractionDigits: 1 });
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (value) => {
        const v = Object.is(value, -0) ? 0 : value;
        expect(upToDigits(v, 2)).toBe(upTo2.format(v).replace(/^-0$/, '0'));
        expect(upToDigits(v, 0)).toBe(whole.format(v).replace(/^-0$/, '0'));
        expect(fixedDigits(v, 2)).toBe(cents.format(v).replace(/^-0\.00$/, '0.00'));
        if (Math.abs(v) >= 1e-12) expect(significantDigits(v, 3)).toBe(three.format(v));
        // Intl writes thousands "K"; the page writes SI's "k" everywhere.
        expect(formatCompact(v)).toBe(compact.format(v).replace(/^-0$/, '0').replace('K', 'k'));
      }),
      { numRuns: 5000 },
    );
  });

  it('match Intl for whole numbers, written without rounding', () => {
    const upTo2 = intl({ maximumFractionDigits: 2 });
    const cents = intl({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        (v) => {
          expect(upToDigits(v, 2)).toBe(upTo2.format(v));
          expect(upToDigits(v, 0)).toBe(upTo2.format(v));
          expect(fixedDigits(v, 2)).toBe(cents.format(v));
          expect(fixedDigits(v, 0)).toBe(upTo2.format(v));
        },
      ),
      { numRuns: 5000 },
    );
    for (const v of [0, -0, 1, -1, 999, 1000, -1000, 100_000, 1_000_000, 2 ** 53 - 1]) {
      expect(upToDigits(v, 2)).toBe(upTo2.format(v).replace(/^-0$/, '0'));
      expect(fixedDigits(v, 2)).toBe(cents.format(v).replace(/^-0\.00$/, '0.00'));
    }
  });

  it('rounds halves away from zero on the decimal a person reads', () => {
    expect(upToDigits(1.005, 2)).toBe('1.01');
    expect(fixedDigits(1234.5, 2)).toBe('1,234.50');
    expect(formatCompact(999_950)).toBe('1M');
    expect(formatCompact(12_345)).toBe('12.3k');
    expect(significantDigits(0.0042042, 3)).toBe('0.0042');
  });

  it('rounds the digits as written, not a double made by moving the decimal point', () => {
    // × 100 this is the double 52879288625090.5, which rounded up to .91 (fast-check, seed
    // 1321210586); the digits say .90497, and Intl writes .90.
    const value = 528_792_886_250.90497;
    expect(fixedDigits(value, 2)).toBe('528,792,886,250.90');
    expect(upToDigits(value, 2)).toBe('528,792,886,250.9');
    expect(fixedDigits(-value, 2)).toBe('-528,792,886,250.90');
    // Carries through every digit, and from the fraction into the whole number.
    expect(fixedDigits(999_999.995, 2)).toBe('1,000,000.00');
    expect(upToDigits(0.0999, 2)).toBe('0.1');
    expect(upToDigits(0.5, 0)).toBe('1');
    expect(upToDigits(-0.004, 2)).toBe('0');
    // Below 1e-6 String() writes an exponent: the digits are still read from it.
    expect(upToDigits(4.25e-7, 8)).toBe('0.00000043');
  });

  it('writes vanishingly small numbers with an exponent instead of throwing', () => {
    expect(significantDigits(5e-324, 3)).toMatch(/^4\.94e-324$/);
    expect(significantDigits(-1.5e-20, 3)).toBe('-1.5e-20');
  });
});
