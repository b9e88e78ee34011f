/**
 * The one-line summaries above the charts: what a reader should take from each chart, in words,
 * for sighted readers and screen readers alike. Pure: they only read the model's figures.
 */
import type { Result } from '../model/calculate.ts';
import { formatBreakEvenVolume, formatQuantity, formatUsdShort } from '../model/format.ts';
import { formatFieldValue } from '../model/field-format.ts';
import { fieldByKey, type ServingMode } from '../model/scenario.ts';
import type { SensitivityRow } from '../model/sensitivity.ts';

function months(n: number): string {
  return `${n} ${n === 1 ? 'month' : 'months'}`;
}

/** "7", "7 and 13", "7, 13 and 19". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** Lower-cases a label inside a sentence, but leaves acronyms ("API input price") alone. */
function inSentence(label: string): string {
  return /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

type CumulativeFigures = Pick<Result, 'breakEvenMonth' | 'totalA' | 'totalB' | 'totalC'>;

/**
 * "Fine-tuning becomes cheaper in month 3; after 12 months A costs $120k and B $61k. Llama 3.1
 * 8B prompted, without fine-tuning, would cost $80k."
 */
export function cumulativeSummary(
  result: CumulativeFigures,
  horizonMonths: number,
  smallModel: string,
): string {
  const totals = `after ${months(horizonMonths)} A costs ${formatUsdShort(result.totalA)} and B ${formatUsdShort(result.totalB)}`;
  const c = ` ${smallModel} prompted, without fine-tuning, would cost ${formatUsdShort(result.totalC)}.`;
  if (result.breakEvenMonth === null) {
    return `Fine-tuning does not pay off within ${months(horizonMonths)}; ${totals}.${c}`;
  }
  if (result.breakEvenMonth === 0) return `Fine-tuning is cheaper from the start; ${totals}.${c}`;
  return `Fine-tuning becomes cheaper in month ${result.breakEvenMonth}; ${totals}.${c}`;
}

/**
 * "In month 1 A costs $10.2k and B $3.1k; in month 12, $10.2k and $3.1k. B retrains in month 7
 * ($4.3k)." Dedicated serving adds the GPU count.
 */
export function monthlySummary(result: Pick<Result, 'months'>, servingMode: ServingMode): string {
  const rows = result.months.filter((row) => row.month >= 1);
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return 'No months to show.';
  const parts = [
    `In month 1 A costs ${formatUsdShort(first.costA)} and B ${formatUsdShort(first.costB)}`,
  ];
  if (last !== first) {
    parts[0] += `; in month ${last.month}, ${formatUsdShort(last.costA)} and ${formatUsdShort(last.costB)}`;
  }
  const sentences = [`${parts[0]}.`];
  const retrains = rows.filter((row) => row.retrain > 0);
  const retrain = retrains[0];
  if (retrain) {
    const when = list(retrains.map((row) => String(row.month)));
    const each = retrains.length === 1 ? '' : ' each';
    sentences.push(
      `B retrains in ${retrains.length === 1 ? 'month' : 'months'} ${when} (${formatUsdShort(retrain.retrain)}${each}).`,
    );
  }
  if (servingMode === 'dedicated') {
    const gpus = rows.map((row) => row.gpus ?? 0);
    const min = Math.min(...gpus);
    const max = Math.max(...gpus);
    const count = min === max ? String(min) : `${min} to ${max}`;
    sentences.push(`B runs on ${count} ${max === 1 ? 'GPU' : 'GPUs'}.`);
  }
  return sentences.join(' ');
}

type VolumeFigures = Pick<Result, 'breakEvenRequestsPerDay'>;

/** "Over 12 months fine-tuning is cheaper from 3,162 requests/day; you have 10,000, above it." */
export function volumeSummary(
  result: VolumeFigures,
  requestsPerDay: number,
  horizonMonths: number,
): string {
  const over = `Over ${months(horizonMonths)}`;
  const today = formatQuantity(Math.round(requestsPerDay));
  const breakEven = result.breakEvenRequestsPerDay;
  if (breakEven === null) {
    return `${over} fine-tuning is not cheaper at any volume; you have ${today} requests/day.`;
  }
  if (breakEven === 0) return `${over} fine-tuning is cheaper at any volume.`;
  const side = requestsPerDay >= breakEven ? 'above' : 'below';
  return `${over} fine-tuning is cheaper from ${formatBreakEvenVolume(breakEven)} requests/day; you have ${today}, ${side} it.`;
}

/** A change in savings with its sign: "+$22k", "-$10.5k", "$0.00". */
export function signedMoney(value: number): string {
  return value > 0 ? `+${formatUsdShort(value)}` : formatUsdShort(value);
}

/** Whole dollars written with cents: the ".00" of "$75.00/h". */
const ZERO_CENTS = /(\$[\d,]+)\.00(?!\d)/;

/**
 * One of a tornado row's values (today's, halved or doubled) as its slider shows it ("40%",
 * "5,000 requests/day"), in the same style as the row's other two: money keeps cents below $100
 * only, so a row of whole dollars would read "$150/h → $75.00/h"; it reads "$150/h → $75/h".
 */
export function inputValueText(
  row: Pick<SensitivityRow, 'key' | 'base' | 'low' | 'high'>,
  value: number,
): string {
  const field = fieldByKey(row.key);
  const text = formatFieldValue(field, value);
  const values = [row.base, row.low, row.high];
  const someWithoutCents = values.some((v) => !ZERO_CENTS.test(formatFieldValue(field, v)));
  return values.every(Number.isInteger) && someWithoutCents ? text.replace(ZERO_CENTS, '$1') : text;
}

/**
 * The two ends of one tornado row in the chart's one measure, the change in savings from today:
 * "cache hit rate 80% → 40%: -$10.5k". A value capped by its range is the capped value.
 */
export function sensitivityEnds(row: SensitivityRow) {
  return (['low', 'high'] as const).map((side) => {
    const value = side === 'low' ? row.low : row.high;
    const savings = side === 'low' ? row.lowSavings : row.highSavings;
    return {
      side,
      value,
      valueText: inputValueText(row, value),
      change: savings - row.baseSavings,
      changeText: signedMoney(savings - row.baseSavings),
    };
  });
}

/**
 * "Savings over 12 months ($59k now) move most with requests per day: 10,000 → 5,000
 * requests/day changes them by -$29.5k, → 20,000 requests/day by +$59k; then output tokens per
 * request and the API output price." One measure, the change in savings, as the bars show it.
 */
export function sensitivitySummary(rows: readonly SensitivityRow[], horizonMonths: number): string {
  const ranked = [...rows].filter((row) => row.spread > 0).sort((x, y) => y.spread - x.spread);
  const top = ranked[0];
  if (!top) return `No single input changes the savings when halved or doubled.`;
  const next = ranked.slice(1, 3).map((row) => inSentence(row.label));
  const then = next.length > 0 ? `; then ${list(next)}` : '';
  const [low, high] = sensitivityEnds(top);
  return (
    `Savings over ${months(horizonMonths)} (${formatUsdShort(top.baseSavings)} now) move most with ` +
    `${inSentence(top.label)}: ${inputValueText(top, top.base)} → ${low?.valueText ?? ''} changes them by ` +
    `${low?.changeText ?? ''}, → ${high?.valueText ?? ''} by ${high?.changeText ?? ''}${then}.`
  );
}

type SplitFigures = Pick<Result, 'totalA' | 'totalB' | 'savingsParts'>;

/** "saves $126k" for a saving, "costs $5k more" for the opposite. */
function stepEffect(saving: number, more: string): string {
  return saving >= 0
    ? `saves ${formatUsdShort(saving)}${more}`
    : `costs ${formatUsdShort(-saving)} more`;
}

/**
 * "Over 12 months switching to Llama 3.1 8B saves $126k, and fine-tuning it saves $34k more:
 * from $315k (A) to $155k (B)."
 */
export function savingSplitSummary(
  result: SplitFigures,
  horizonMonths: number,
  smallModel: string,
): string {
  const { modelSwitch, fineTuning } = result.savingsParts;
  return (
    `Over ${months(horizonMonths)} switching to ${smallModel} ${stepEffect(modelSwitch, '')}, ` +
    `and fine-tuning it ${stepEffect(fineTuning, ' more')}: from ` +
    `${formatUsdShort(result.totalA)} (A) to ${formatUsdShort(result.totalB)} (B).`
  );
}
