/**
 * The formulas panel's lines are built from small expression trees, not from text: the text is
 * rendered from the tree, and the tree's numbers combine to the line's value, which a test
 * recomputes for random scenarios (so a line can never again show parts that do not add up).
 */
import {
  formatCount,
  formatCountOf,
  formatMonths,
  formatNumber,
  formatPercent,
  formatRoi,
  formatUsd,
} from './format.ts';

/** How a number is written: its unit decides the format. */
export type Unit =
  | 'usd'
  | 'usdPerM'
  | 'usdPerHour'
  | 'usdPerGpuMonth'
  | 'tokens'
  | 'tokensPerSecond'
  | 'requests'
  | 'requestsPerSecond'
  | 'hours'
  | 'hoursPerMonth'
  | 'share'
  | 'roi'
  | 'ratio'
  | 'count'
  | 'gpus'
  | 'months';

/** A number shown in a formula, with its unit (and, optionally, a short name after it). */
export interface Term {
  value: number;
  unit: Unit;
  /** Said after the number, e.g. "(fallback to A)". */
  note?: string;
}

/**
 * sum: a + b + …; difference: a − b; product: a × b × …; quotient: a ÷ b; max/min of the
 * arguments; ceil: rounded up; oneMinusExpNeg: 1 − e^(−a) (the cache's chance to be warm);
 * power: a^b.
 */
export type Op =
  | 'sum'
  | 'difference'
  | 'product'
  | 'quotient'
  | 'max'
  | 'min'
  | 'ceil'
  | 'oneMinusExpNeg'
  | 'power';

export type Expr = Term | { op: Op; of: Expr[] };

export const term = (value: number, unit: Unit, note?: string): Term =>
  note === undefined ? { value, unit } : { value, unit, note };
export const sum = (...of: Expr[]): Expr => ({ op: 'sum', of });
export const difference = (a: Expr, b: Expr): Expr => ({ op: 'difference', of: [a, b] });
export const product = (...of: Expr[]): Expr => ({ op: 'product', of });
export const quotient = (a: Expr, b: Expr): Expr => ({ op: 'quotient', of: [a, b] });
export const max = (...of: Expr[]): Expr => ({ op: 'max', of });
export const min = (...of: Expr[]): Expr => ({ op: 'min', of });
export const ceil = (a: Expr): Expr => ({ op: 'ceil', of: [a] });
export const oneMinusExpNeg = (a: Expr): Expr => ({ op: 'oneMinusExpNeg', of: [a] });
export const power = (a: Expr, b: Expr): Expr => ({ op: 'power', of: [a, b] });

/** A number with its unit, as the panel writes it. */
export function formatTerm(value: number, unit: Unit): string {
  switch (unit) {
    case 'usd':
      return formatUsd(value);
    case 'usdPerM':
      return `${formatUsd(value)}/M`;
    case 'usdPerHour':
      return `${formatUsd(value)}/h`;
    case 'usdPerGpuMonth':
      return `${formatUsd(value)}/GPU-month`;
    case 'tokens':
      return `${formatCount(value)} tokens`;
    case 'tokensPerSecond':
      return `${formatNumber(value)} tokens/s`;
    case 'requests':
      return `${formatCount(value)} requests`;
    case 'requestsPerSecond':
      return `${formatNumber(value)} requests/s`;
    case 'hours':
      return `${formatNumber(value)} h`;
    case 'hoursPerMonth':
      return `${formatNumber(value)} h/month`;
    case 'share':
      return formatPercent(value);
    case 'roi':
      return formatRoi(value);
    case 'ratio':
      return formatNumber(value);
    case 'count':
      return formatCount(value);
    case 'gpus':
      return formatCountOf(value, 'GPU');
    case 'months':
      return formatMonths(value);
  }
}

const SYMBOL: Partial<Record<Op, string>> = {
  sum: ' + ',
  difference: ' − ',
  product: ' × ',
  quotient: ' ÷ ',
};
/** Binding strength: an argument of a stronger operator is written in parentheses. */
const RANK: Partial<Record<Op, number>> = { sum: 1, difference: 1, product: 2, quotient: 2 };

/** The formula as text, e.g. "(3,000 tokens × $1.50/M + …) ÷ 1,000,000". */
export function renderExpr(expr: Expr): string {
  if (!('op' in expr)) {
    const text = formatTerm(expr.value, expr.unit);
    return expr.note === undefined ? text : `${text} (${expr.note})`;
  }
  const args = expr.of;
  switch (expr.op) {
    case 'max':
    case 'min':
      return `${expr.op}(${args.map(renderExpr).join(', ')})`;
    case 'ceil':
      return `⌈${args.map(renderExpr).join('')}⌉`;
    case 'oneMinusExpNeg':
      return `(1 − e^(−${args.map(renderExpr).join('')}))`;
    case 'power':
      return `${wrap(args[0], 3)}^(${args[1] === undefined ? '' : renderExpr(args[1])})`;
    default: {
      const rank = RANK[expr.op] ?? 0;
      return args
        .map((arg, i) =>
          wrap(arg, i > 0 && expr.op !== 'sum' && expr.op !== 'product' ? rank + 1 : rank),
        )
        .join(SYMBOL[expr.op] ?? ' ');
    }
  }
}

/** An argument in parentheses when its operator binds less strongly than `rank` requires. */
function wrap(arg: Expr | undefined, rank: number): string {
  if (arg === undefined) return '';
  const text = renderExpr(arg);
  if (!('op' in arg)) return text;
  const own = RANK[arg.op];
  return own !== undefined && own < rank ? `(${text})` : text;
}

/** One step: what it computes, the formula with numbers, and its value with unit. */
export interface ExplainedStep {
  label: string;
  formula: string;
  value: string;
  /** The value as a number (null where the figure does not exist, e.g. per request at 0 volume). */
  amount: number | null;
  /** The formula as a tree: its numbers, combined, give `amount` (null with it). */
  expr: Expr | null;
  /** The result figure this line explains, as a path into `Result` (e.g. "months[1].costB"). */
  figure?: string;
}

export interface ExplainedSection {
  title: string;
  steps: ExplainedStep[];
}

/** A step whose value is its expression's; `amount` is the model's own figure. */
export function step(
  label: string,
  expr: Expr,
  amount: number,
  unit: Unit,
  figure?: string,
): ExplainedStep {
  const line = { label, formula: renderExpr(expr), value: formatTerm(amount, unit), amount, expr };
  return figure === undefined ? line : { ...line, figure };
}

/** A step with no value (the figure does not exist), said in words. */
export function missing(label: string, why: string, figure?: string): ExplainedStep {
  const line = { label, formula: why, value: 'none', amount: null, expr: null };
  return figure === undefined ? line : { ...line, figure };
}

export const PER_MILLION = term(1_000_000, 'count');
