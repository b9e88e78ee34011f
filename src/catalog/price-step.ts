/**
 * A's known price change as the cost model's price step: the month of the horizon it lands in,
 * counted from the scenario's starting month, and the factors it applies to A's input-side and
 * output prices. Pure.
 */
import { GENAI_PRICES } from './generated/api-prices.ts';
import type { ApiModel, Sourced } from './types.ts';

/** The cost model accepts a step in months 0 (none) to 60. */
const LAST_MONTH = 60;

/**
 * Month of the horizon (1 = the starting month) that contains `date`; a change dated before the
 * starting month is already in force from month 1. A change mid-month is taken from that month.
 */
export function stepMonth(date: string, startMonth: string): number {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const [sy, sm] = [Number(startMonth.slice(0, 4)), Number(startMonth.slice(5, 7))];
  return Math.max(1, (y - sy) * 12 + (m - sm) + 1);
}

const ratio = (after: number, before: number) => (before > 0 ? after / before : 1);

/** The step's three numbers: month (0 = none or beyond any horizon) and the two factors. */
export function priceStep(
  model: ApiModel,
  startMonth: string,
): { month: number; inputFactor: number; outputFactor: number } {
  const change = model.scheduledChange;
  const month = change ? stepMonth(change.date, startMonth) : 0;
  if (!change || month > LAST_MONTH) return { month: 0, inputFactor: 1, outputFactor: 1 };
  return {
    month,
    inputFactor: ratio(change.inputPrice, model.inputPrice),
    outputFactor: ratio(change.outputPrice, model.outputPrice),
  };
}

/** The three step fields for a model and a starting month, with their provenance. */
export function priceStepSources(
  model: ApiModel,
  startMonth: string,
): { month: Sourced; inputFactor: Sourced; outputFactor: Sourced } {
  const change = model.scheduledChange;
  const ref = {
    source: `${GENAI_PRICES.package} ${GENAI_PRICES.version}`,
    url: model.pricingUrl,
    date: GENAI_PRICES.generatedOn,
    estimate: false,
  };
  if (!change) {
    const none = { ...ref, note: 'No price change of this model is known.' };
    return {
      month: { ...none, value: 0 },
      inputFactor: { ...none, value: 1 },
      outputFactor: { ...none, value: 1 },
    };
  }
  const month = stepMonth(change.date, startMonth);
  const step = priceStep(model, startMonth);
  const beyond = month > LAST_MONTH;
  const note =
    `${model.name}'s price changes on ${change.date} to $${change.inputPrice} input / ` +
    `$${change.outputPrice} output per 1M (from $${model.inputPrice} / $${model.outputPrice}): ` +
    (beyond
      ? `more than ${LAST_MONTH} months after ${startMonth}, beyond any horizon.`
      : `month ${month} counted from ${startMonth}. Cached and cache-write prices are taken to change with input.`);
  return {
    month: { ...ref, note, value: step.month },
    inputFactor: { ...ref, note, value: step.inputFactor },
    outputFactor: { ...ref, note, value: step.outputFactor },
  };
}
