/**
 * en-US digits without Intl. The first Intl call of a page loads the browser's locale data, which
 * took a long task of ~250 ms on a 4×-slowed CPU at start-up; these few shapes are all the app
 * needs, and they read the same on every machine.
 */

/** "1234567" → "1,234,567" (digits only, no sign). */
function group(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A whole number's digits with separators, or null for any other number. Most numbers a move
 * formats are whole (requests, tokens, rounded dollars): they need no rounding at all.
 */
function wholeDigits(value: number): string | null {
  if (!Number.isSafeInteger(value)) return null;
  return value < 0 ? `-${group(String(-value))}` : group(String(value));
}

/** Splits a non-negative decimal string ("1234.50") and groups its integer part. */
function withSeparators(plain: string): string {
  const [integer = '0', fraction] = plain.split('.');
  return fraction === undefined ? group(integer) : `${group(integer)}.${fraction}`;
}

/**
 * A non-negative number's shortest decimal text without an exponent: String() but for numbers
 * it writes with one (below 1e-6; 1e21 and above never come here, see roundToText).
 */
function plainDecimal(size: number): string {
  const text = String(size);
  const e = text.indexOf('e');
  if (e < 0) return text;
  // "4.2e-7" → "0.00000042": the mantissa's digits after exponent − 1 zeros.
  const digits = text.slice(0, e).replace('.', '');
  return `0.${'0'.repeat(-Number(text.slice(e + 1)) - 1)}${digits}`;
}

/** Adds one to the last digit of a string of digits, carrying: "0999" → "1000", "99" → "100". */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  const tail = '0'.repeat(digits.length - 1 - i);
  return i < 0 ? `1${tail}` : `${digits.slice(0, i)}${Number(digits[i]) + 1}${tail}`;
}

/**
 * Rounds half away from zero at `decimals` places, as Intl does, on the digits of the number's
 * shortest decimal text: 1.005 rounds to 1.01 as a person would, not to 1.00 as toFixed does.
 * On the text itself, not by moving the decimal point in a number: 528792886250.90497 × 100 is
 * the double 52879288625090.5, which then rounded up to .91 where Intl writes .90 (a counterexample
 * fast-check found, seed 1321210586).
 */
function roundToText(value: number, decimals: number): string {
  const size = Math.abs(value);
  // Beyond 2^53 the digits are not the number's own any more (and String() may switch to
  // exponents): toFixed writes the double's exact value.
  if (size >= 2 ** 53) return size.toFixed(decimals);
  const text = plainDecimal(size);
  const point = text.indexOf('.');
  const integer = point < 0 ? text : text.slice(0, point);
  const fraction = point < 0 ? '' : text.slice(point + 1);
  if (fraction.length <= decimals) {
    return decimals === 0 ? integer : `${integer}.${fraction.padEnd(decimals, '0')}`;
  }
  let digits = integer + fraction.slice(0, decimals);
  if (fraction[decimals]! >= '5') digits = increment(digits);
  if (decimals === 0) return digits;
  return `${digits.slice(0, -decimals) || '0'}.${digits.slice(-decimals)}`;
}

/** Trims trailing zeros of a fraction: "12.50" → "12.5", "3.00" → "3". */
function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Sign of a formatted number: "-" for negatives that do not round to zero. */
function sign(value: number, text: string): string {
  return value < 0 && /[1-9]/.test(text) ? '-' : '';
}

/** Exactly `decimals` decimals with separators: fixedDigits(1234.5, 2) → "1,234.50". */
export function fixedDigits(value: number, decimals: number): string {
  const whole = wholeDigits(value);
  if (whole !== null) return decimals === 0 ? whole : `${whole}.${'0'.repeat(decimals)}`;
  const text = roundToText(value, decimals);
  return sign(value, text) + withSeparators(text);
}

/** At most `decimals` decimals, trailing zeros dropped: upToDigits(0.485, 2) → "0.49". */
export function upToDigits(value: number, decimals: number): string {
  const whole = wholeDigits(value);
  if (whole !== null) return whole;
  const text = trimZeros(roundToText(value, decimals));
  return sign(value, text) + withSeparators(text);
}

/** `significant` significant digits, no exponent, trailing zeros dropped: 0.0042042 → "0.0042". */
export function significantDigits(value: number, significant: number): string {
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  // Beyond a dozen leading zeros digits stop meaning anything to a reader (and toFixed stops at 100).
  if (magnitude < -12) return value.toExponential(significant - 1).replace(/\.?0+e/, 'e');
  const decimals = Math.max(0, significant - 1 - magnitude);
  if (decimals > 0) return upToDigits(value, decimals);
  const unit = 10 ** (magnitude - significant + 1);
  return upToDigits(Math.round(value / unit) * unit, 0);
}

/**
 * From here on digits stop meaning anything to a reader ("$380,248,689,728,689,360T"): every
 * format switches to exponent notation, written as toExponential(2) does ("3.80e+35").
 */
export const EXPONENT_FROM = 1e15;
