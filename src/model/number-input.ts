/**
 * Numbers as text: one grammar for every place a number arrives as text. Links carry plain
 * decimals (what String(number) writes: `1250`, `0.035`, `2.5e3`); number boxes also take what people type: thousands separators (`1,000`), suffixes (`5k`,
 * `1.5M`), a dollar sign where the field is money (`$0.50`), a percent sign where it is a share
 * (`80%`), and the field's own unit (`500 tokens`). Neither takes hex (`0x10`), binary (`0b11`),
 * `Infinity` or `NaN`, all of which JavaScript's Number() would. Pure; never throws. What a field
 * then accepts is field-check.ts's rule.
 */
import type { NumericField } from './scenario.ts';

/** Why a text is not a usable number. */
export type TextProblem =
  'empty' | 'not-a-number' | 'not-finite' | 'decimal-comma' | 'not-money' | 'not-a-share';

export type ParsedText = { ok: true; value: number } | { ok: false; problem: TextProblem };

/** Exactly the decimal forms String(number) writes, plus the usual hand-written variants. */
const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const NON_FINITE = /^[+-]?(?:nan|inf|infinity)$/i;

/** A plain decimal, as a link carries it. `-0` reads as 0. */
export function parseDecimal(text: string): ParsedText {
  if (text === '') return { ok: false, problem: 'empty' };
  if (NON_FINITE.test(text)) return { ok: false, problem: 'not-finite' };
  if (!DECIMAL.test(text)) return { ok: false, problem: 'not-a-number' };
  return finite(Number(text));
}

function finite(value: number): ParsedText {
  if (!Number.isFinite(value)) return { ok: false, problem: 'not-finite' };
  return { ok: true, value: value === 0 ? 0 : value };
}

/** Powers of ten of the suffixes people type after a number (case does not matter). */
const SUFFIXES: Readonly<Record<string, number>> = {
  '': 0,
  k: 3,
  thousand: 3,
  m: 6,
  mm: 6,
  mn: 6,
  million: 6,
  b: 9,
  bn: 9,
  billion: 9,
  t: 12,
  tn: 12,
  trillion: 12,
};

/**
 * sign, dollar, sign, digits (separators only between groups of three), exponent, suffix, percent.
 * The sign may come before or after the dollar sign (`-$5`, `$-5`), not both.
 */
const TYPED =
  /^([+-]?)(\$?)([+-]?)((?:\d{1,3}(?:[, _]\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?([a-z]*)(%?)$/i;
/** "1,5" or "2,50": a decimal comma, which would silently read as 15 or 250 if ignored. */
const DECIMAL_COMMA = /^[+-]?\$?\d+,\d{1,2}%?$/;

/** The field's unit as people may write it after the number: "tokens", "/M tokens", "x". */
function unitSpellings(field: NumericField): string[] {
  const unit = field.unit.replace(/^\$/, '');
  if (unit === '' || unit === '%') return [];
  const spellings = [field.unit, unit];
  if (unit === '×') spellings.push('x');
  if (/^[a-z]+s$/i.test(unit)) spellings.push(unit.slice(0, -1)); // "1 month", "1 GPU"
  return spellings.map((s) => s.toLowerCase());
}

/**
 * What a person typed in a field's number box, in the field's own units (a share as a fraction:
 * the box shows percents, so `80` and `80%` are both 0.8). Spaces anywhere are ignored; the exact
 * value is kept by shifting the decimal exponent rather than multiplying (`1.1k` is 1100, not
 * 1100.0000000000002).
 */
export function parseTyped(field: NumericField, text: string): ParsedText {
  let t = text.trim().replace(/\u2212/g, '-');
  if (t === '') return { ok: false, problem: 'empty' };
  if (NON_FINITE.test(t)) return { ok: false, problem: 'not-finite' };
  const lower = t.toLowerCase();
  const unit = unitSpellings(field).find((u) => lower.endsWith(u) && lower.length > u.length);
  if (unit !== undefined) t = t.slice(0, -unit.length);
  // A space between digits separates groups ("1 000"; TYPED checks they are groups of three);
  // any other space ("$ 5", "5 k", "80 %") is dropped.
  t = t.replace(/\s+/g, ' ').replace(/ (?!\d)|(?<!\d) /g, '');
  const match = TYPED.exec(t);
  if (match === null) {
    return { ok: false, problem: DECIMAL_COMMA.test(t) ? 'decimal-comma' : 'not-a-number' };
  }
  const [
    ,
    before = '',
    dollar = '',
    after = '',
    digits = '',
    exponent = '0',
    suffix = '',
    pct = '',
  ] = match;
  const shift = SUFFIXES[suffix.toLowerCase()];
  if ((before !== '' && after !== '') || shift === undefined) {
    return { ok: false, problem: 'not-a-number' };
  }
  if (dollar !== '' && !field.unit.startsWith('$')) return { ok: false, problem: 'not-money' };
  if (pct !== '' && !field.percent) return { ok: false, problem: 'not-a-share' };
  const power = Number(exponent) + shift - (field.percent ? 2 : 0);
  return finite(Number(`${before}${after}${digits.replace(/[, _]/g, '')}e${power}`));
}
