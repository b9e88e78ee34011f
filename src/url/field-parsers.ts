/**
 * One value of a link, both ways: how each kind of field is written (serialize) and read back
 * (parse), in nuqs's shape. Each reader returns a usable value and, when it had to fall back, one
 * sentence naming the field, what the link said and what is used instead. Never throws.
 * `undefined` text means the key is absent (not a problem: defaults are left out of links);
 * `null` means the key is there but its percent-encoding is broken.
 */
import { checkField, checkMessage, showValue } from '../model/field-check.ts';
import { parseDecimal } from '../model/number-input.ts';
import { quote } from '../model/quote.ts';
import type { BooleanField, NumericField, ServingMode } from '../model/scenario.ts';
import { SERVING_MODES } from '../model/scenario.ts';
import { NAME_MAX_LENGTH } from './limits.ts';
import { wellFormed } from './query.ts';

export interface Read<T> {
  value: T;
  message: string | null;
}

type Text = string | null | undefined;

/** How one field travels in a link. `parse` never throws: it falls back and says why. */
export interface LinkParser<T> {
  parse: (text: Text, fallback: T) => Read<T>;
  serialize: (value: T) => string;
}

const BROKEN = 'could not be read (broken percent-encoding)';

/** Beyond this a number reads better as the link's own text than as digits. */
const HUGE = 1e15;

/**
 * A number field: the decimal grammar (src/model/number-input.ts) and the field rule every number
 * box uses (src/model/field-check.ts), without the box's extras (no separators, suffixes, "$" or "%"): a link holds
 * exactly what String(number) writes. A fraction in a whole-number field is rounded; a negligible
 * value is read as 0; a value out of range gives the fallback. Messages quote the link's text
 * where the number itself would not read well (`gr=1e308` is "got “1e308”", never "Infinity %").
 */
export function readNumber(field: NumericField, text: Text, fallback: number): Read<number> {
  if (text === undefined) return { value: fallback, message: null };
  const show = (value: number) => showValue(field, value);
  const fail = (problem: string) => ({
    value: fallback,
    message: `${field.label} ${problem}. Using ${show(fallback)}.`,
  });
  if (text === null) return fail(BROKEN);
  const parsed = parseDecimal(text);
  if (!parsed.ok) {
    if (parsed.problem === 'empty') return fail('has no value');
    if (parsed.problem === 'not-finite') return fail(`must be a finite number; got ${quote(text)}`);
    return fail(`must be a number; got ${quote(text)}`);
  }
  const value = parsed.value;
  const checked = checkField(field, value);
  const readable = Math.abs(field.percent ? value * 100 : value) < HUGE;
  const negligible = checked.ok && checked.adjusted === 'negligible';
  const given = readable && !negligible ? show(value) : quote(text);
  return {
    value: checked.ok ? checked.value : fallback,
    message: checkMessage(field, checked, given, fallback),
  };
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

/**
 * How a link writes a number: exactly (it reads back as the same number), and as short as that
 * allows. String(number) is exact but writes a small fraction with all its leading zeros
 * (0.0000012345678901234567); its exponent form (1.2345678901234567e-6) is exact too and three
 * characters shorter. Whole numbers keep their plain form (100000, not 1e5), which people read at
 * a glance. Both forms have always been accepted by the link reader, so old pages read new links.
 */
export function numberText(value: number): string {
  const plain = String(value);
  if (Number.isInteger(value)) return plain;
  const exponent = value.toExponential().replace('e+', 'e');
  return exponent.length < plain.length ? exponent : plain;
}

export const numberParser = (field: NumericField): LinkParser<number> => ({
  parse: (text, fallback) => readNumber(field, text, fallback),
  serialize: numberText,
});

export const booleanParser = (field: BooleanField): LinkParser<boolean> => ({
  parse: (text, fallback) => readBoolean(field, text, fallback),
  serialize: (value) => (value ? '1' : '0'),
});

export const servingModeParser: LinkParser<ServingMode> = {
  parse: readServingMode,
  serialize: (mode) => mode,
};
