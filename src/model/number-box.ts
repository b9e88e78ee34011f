/**
 * What a number box makes of what a person typed: the value to store and, when it had to refuse
 * or adjust it, one sentence that quotes the typed text (the box shows the stored value again
 * once it loses focus, so the message must say what was typed).
 */
import { formatFieldValue } from './field-format.ts';
import { checkField, smallestValue } from './field-check.ts';
import { parseTyped, type TextProblem } from './number-input.ts';
import { quote } from './quote.ts';
import type { NumericField } from './scenario.ts';

export interface BoxReading {
  /** The value to store, in the field's units; null keeps the current value. */
  value: number | null;
  /** Why nothing was stored, or how the typed value was adjusted; null when used as typed. */
  message: string | null;
}

/** Examples of what the box takes, in the field's own terms. */
function examples(field: NumericField): string {
  if (field.percent) return '80 or 80%';
  if (field.unit.startsWith('$')) return '12.50, $0.50 or 1.5k';
  return field.integer ? '5000, 5k, 1,000 or 1.5M' : '5000, 5k, 1.5M or 2.5e3';
}

function textMessage(field: NumericField, text: string, problem: TextProblem): string {
  switch (problem) {
    case 'empty':
      return 'Enter a number.';
    case 'not-finite':
      return `${quote(text)} is not a finite number.`;
    case 'decimal-comma':
      return `Could not read ${quote(text)}: use a point for decimals (1.5); a comma only separates thousands (1,000).`;
    case 'not-money':
      return `${field.label} is not an amount of money: leave out the “$”.`;
    case 'not-a-share':
      return `${field.label} is not a percentage: leave out the “%”.`;
    case 'not-a-number':
      return `Could not read ${quote(text)} as a number. Try ${examples(field)}.`;
  }
}

/** Reads a number box's text for a field. Never throws. */
export function readNumberBox(field: NumericField, text: string): BoxReading {
  const parsed = parseTyped(field, text);
  if (!parsed.ok) return { value: null, message: textMessage(field, text, parsed.problem) };
  const show = (value: number) => formatFieldValue(field, value);
  const checked = checkField(field, parsed.value);
  if (!checked.ok) {
    if (checked.problem === 'not-finite') {
      return { value: null, message: `${quote(text)} is not a finite number.` };
    }
    return {
      value: null,
      message: `${quote(text)} is outside the valid range: ${show(field.min)} to ${show(field.max)}.`,
    };
  }
  switch (checked.adjusted) {
    case 'rounded':
      return {
        value: checked.value,
        message: `Using ${show(checked.value)}: this field takes whole numbers.`,
      };
    case 'negligible':
      return {
        value: checked.value,
        message: `Using ${show(0)}: ${quote(text)} is smaller than ${show(smallestValue(field))}, the least this field takes.`,
      };
    default:
      return { value: checked.value, message: null };
  }
}
