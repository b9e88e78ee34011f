// The formulas panel: every line's numbers must give its value, in both serving modes, for any
// valid scenario (issue 10: dedicated mode once showed the serverless formula, and "Total B"
// counted retrains twice). Lines carry their formula as a tree; this test evaluates the tree itself.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { calculate, type Result } from '../../src/model/calculate.ts';
import { explain } from '../../src/model/explain.ts';
import type { Expr } from '../../src/model/explain-expr.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/scenario.ts';
import { RUNS, dedicatedArb, scenarioArb } from './arbitraries.ts';

vi.setConfig({ testTimeout: 60_000 });

/** The expression's value, and the size of its largest part (the scale of its rounding). */
function evaluate(expr: Expr): { value: number; size: number } {
  if (!('op' in expr)) return { value: expr.value, size: Math.abs(expr.value) };
  const args = expr.of.map(evaluate);
  const values = args.map((a) => a.value);
  const size = Math.max(0, ...args.map((a) => a.size));
  const [a = NaN, b = NaN] = values;
  const value = (() => {
    switch (expr.op) {
      case 'sum':
        return values.reduce((x, y) => x + y, 0);
      case 'difference':
        return a - b;
      case 'product':
        return values.reduce((x, y) => x * y, 1);
      case 'quotient':
        return a / b;
      case 'max':
        return Math.max(...values);
      case 'min':
        return Math.min(...values);
      case 'ceil':
        // The model counts a load within a billionth of a GPU (1e-14 of the count from ten
        // thousand GPUs up) of a whole number as that number.
        return Math.ceil(a - Math.max(1e-9, Math.abs(a) * 1e-14));
      case 'oneMinusExpNeg':
        return 1 - Math.exp(-a);
      case 'power':
        return a ** b;
    }
  })();
  // A product's or quotient's rounding scales with its own value, a sum's with its largest part.
  const scale = expr.op === 'sum' || expr.op === 'difference' ? size : Math.abs(value);
  return { value, size: Math.max(scale, Math.abs(value)) };
}

function readPath(root: Result, path: string): unknown {
  let value: unknown = root;
  for (const step of path.match(/[^.[\]]+/g) ?? []) {
    value = (value as Record<string, unknown> | undefined)?.[step];
  }
  return value;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

function checkLines(s: Scenario): void {
  const r = calculate(s);
  for (const section of explain(s, r)) {
    for (const line of section.steps) {
      const where = `${section.title} / ${line.label}`;
      check(!/NaN|Infinity|undefined/.test(line.formula + line.value), `${where}: ${line.formula}`);
      if (line.figure !== undefined) {
        check(readPath(r, line.figure) === line.amount, `${where} is not ${line.figure}`);
      }
      if (line.amount === null || line.expr === null) {
        check(line.amount === line.expr, `${where}: a value without a formula, or the reverse`);
        continue;
      }
      const { value, size } = evaluate(line.expr);
      check(
        Math.abs(value - line.amount) <= 1e-9 * size + 1e-300,
        `${where}: ${line.formula} gives ${value}, the line says ${line.amount}`,
      );
    }
  }
}

describe('explain', () => {
  it('every line of every section gives its value, for any scenario', () => {
    fc.assert(fc.property(scenarioArb, checkLines), RUNS);
  });

  it('every line gives its value in dedicated mode with caching, tiers, trends and failures', () => {
    const rich = dedicatedArb.map((s) => ({
      ...s,
      promptCaching: true,
      cacheTtlMinutes: Math.max(1, s.cacheTtlMinutes),
      failureCost: Math.max(1, s.failureCost),
    }));
    fc.assert(fc.property(rich, checkLines), RUNS);
  });

  const figures = (s: Scenario) =>
    explain(s, calculate(s)).flatMap((section) => section.steps.map((line) => line.figure));

  it('explains each headline figure, per request in both modes, and the saving’s split', () => {
    for (const servingMode of ['serverless', 'dedicated'] as const) {
      const shown = figures({ ...DEFAULT_SCENARIO, servingMode });
      for (const figure of [
        'costPerRequestA',
        'costPerRequestB',
        'costPerRequestC',
        'months[1].costB',
        'months[1].costC',
        'totalA',
        'totalB',
        'totalC',
        'savings',
        'savingsParts.modelSwitch',
        'savingsParts.fineTuning',
        'roi',
      ]) {
        expect(shown, `${servingMode}: ${figure}`).toContain(figure);
      }
    }
    const quality = { ...DEFAULT_SCENARIO, requestsPerDay: 100_000, failureCost: 5 };
    expect(figures({ ...quality, cacheTtlMinutes: 5 })).toEqual(
      expect.arrayContaining(['effectiveCacheHitRate', 'breakEvenFailureRateB']),
    );
  });

  it('shows dedicated serving as GPUs, not per-token prices', () => {
    const s: Scenario = { ...DEFAULT_SCENARIO, servingMode: 'dedicated' };
    const lines = explain(s, calculate(s)).flatMap((section) => section.steps);
    const perRequestB = lines.find((line) => line.label === 'Cost per request B');
    // One H100 for the month: $2,152.80 ÷ 300,000 requests.
    expect(perRequestB?.formula).toBe('$2,153 ÷ 300,000 requests');
    expect(perRequestB?.value).toBe('$0.00718');
    expect(lines.map((line) => line.label)).toContain('GPUs for B');
  });

  it('counts each retrain once in Total B', () => {
    const r = calculate(DEFAULT_SCENARIO);
    const totalB = explain(DEFAULT_SCENARIO, r)
      .flatMap((section) => section.steps)
      .find((line) => line.label === 'Total B');
    // one-time $25,507 + running costs without retrains + 1 retrain (month 7) × $6,757 = $47,279
    expect(totalB?.formula).toMatch(/without retrains.*\+ 1 \(retrains\) × \$6,757$/);
    expect(totalB?.value).toBe('$47,279');
  });

  it('says there is no cost per request at zero volume in dedicated mode', () => {
    const s: Scenario = { ...DEFAULT_SCENARIO, servingMode: 'dedicated', requestsPerDay: 0 };
    const line = explain(s, calculate(s))
      .flatMap((section) => section.steps)
      .find((l) => l.label === 'Cost per request B');
    expect(line).toMatchObject({ amount: null, value: 'none' });
  });
});
