/**
 * Reading one value of a link. Each reader returns a usable value and, when it had to fall back,
 * one sentence naming the field, what the link said and what is used instead. Never throws.
 * `undefined` text means the key is absent (not a problem: defaults are left out of links);
 * `null` means the key is there but its percent-encoding is broken.
 */
import { formatNumber, formatPercent } from '../model/format.ts';
import type { BooleanField, NumericField, ServingMode } from '../model/scenario.ts';
import { SERVING_MODES } from '../model/scenario.ts';
import { NAME_MAX_LENGTH } from './limits.ts';
import { quote, wellFormed } from './query.ts';

export interface Read<T> {
  value: T;
  message: string | null;
}

type Text = string | null | undefined;

/** Exactly the decimal forms String(number) writes, plus the usual hand-written variants. */
const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const NON_FINITE = /^[+-]?(?:nan|inf|infinity)$/i;

const BROKEN = 'could not be read (broken percent-encoding)';

function show(field: NumericField, value: number): string {
  return field.percent ? formatPercent(value) : formatNumber(value);
}

/** A number field: decimal text inside the field's valid range; whole-number fields are rounded. */
export function readNumber(field: NumericField, text: Text, fallback: number): Read<number> {
  if (text === undefined) return { value: fallback, message: null };
  const fail = (problem: string) => ({
    value: fallback,
    message: `${field.label} ${problem}. Using ${show(field, fallback)}.`,
  });
  if (text === null) return fail(BROKEN);
  if (text === '') return fail('has no value');
  if (NON_FINITE.test(text)) return fail(`must be a finite number; got ${quote(text)}`);
  if (!DECIMAL.test(text)) return fail(`must be a number; got ${quote(text)}`);
  const value = Number(text);
  if (!Number.isFinite(value)) return fail(`must be a finite number; got ${quote(text)}`);
  if (value < field.min || value > field.max) {
    return fail(
      `must be between ${show(field, field.min)} and ${show(field, field.max)}; got ${show(field, value)}`,
    );
  }
  // Same rule as validateScenario: a near miss in a whole-number field is rounded, not dropped.
  if (field.integer && !Number.isInteger(value)) {
    const rounded = Math.round(value);
    return {
      value: rounded,
      message: `${field.label} must be a whole number; got ${show(field, value)}. Using ${show(field, rounded)}.`,
    };
  }
  return { value: value === 0 ? 0 : value, message: null };
}

/** A yes/no field: written as 1 or 0; `true`/`false` are accepted from hand-written links. */
export function readBoolean(field: BooleanField, text: Text, fallback: boolean): Read<boolean> {
  if (text === undefined) return { value: fallback, message: null };
  if (text === '1' || text === 'true') return { value: true, message: null };
  if (text === '0' || text === 'false') return { value: false, message: null };
  const got = text === null ? BROKEN : `must be 1 (yes) or 0 (no); got ${quote(text)}`;
  return { value: fallback, message: `“${field.label}” ${got}. Using ${fallback ? 'yes' : 'no'}.` };
}

export function readServingMode(text: Text, fallback: ServingMode): Read<ServingMode> {
  if (text === undefined) return { value: fallback, message: null };
  const mode = SERVING_MODES.find((m) => m === text);
  if (mode !== undefined) return { value: mode, message: null };
  const got = text === null ? BROKEN : `must be “serverless” or “dedicated”; got ${quote(text)}`;
  return { value: fallback, message: `Serving mode ${got}. Using ${fallback}.` };
}

/**
 * The scenario's name: free text, at most NAME_MAX_LENGTH UTF-16 units, well-formed so that it
 * can be written into a link again. It is only ever rendered as text.
 */
export function readName(text: Text): Read<string> {
  if (text === undefined) return { value: '', message: null };
  if (text === null)
    return { value: '', message: `The scenario name ${BROKEN}. It was left empty.` };
  const name = wellFormed(text);
  if (name.length <= NAME_MAX_LENGTH) return { value: name, message: null };
  return {
    value: cutName(name),
    message: `The scenario name was longer than ${NAME_MAX_LENGTH} characters; it was shortened.`,
  };
}

/** The first NAME_MAX_LENGTH units, without splitting an emoji's surrogate pair. */
export function cutName(name: string): string {
  const cut = name.slice(0, NAME_MAX_LENGTH);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** One of a list of ids (a model, a GPU, a training option); `describe` names an id for people. */
export function readChoice(
  what: string,
  text: Text,
  ids: readonly string[],
  fallback: string,
  describe: (id: string) => string,
): Read<string> {
  if (text === undefined) return { value: fallback, message: null };
  if (text !== null && ids.includes(text)) return { value: text, message: null };
  const got = text === null ? `The ${what} ${BROKEN}` : `Unknown ${what} ${quote(text)}`;
  return { value: fallback, message: `${got}. Using ${describe(fallback)}.` };
}
