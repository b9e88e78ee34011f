/**
 * Derived data of the comparison view: both scenarios' results and the rows of one cumulative
 * chart holding both. Memoised on the two scenario objects, so the figures and the chart share
 * one calculation per change, and components never compute.
 */
import { calculate, type Result } from '../model/calculate.ts';
import type { Scenario } from '../model/scenario.ts';
import { useSharing } from './sharing.ts';
import { useStore, type Inputs } from './store.ts';

/** One month of the comparison chart; null past a scenario's own horizon (the line ends). */
export interface ComparisonRow {
  month: number;
  leftA: number | null;
  leftB: number | null;
  rightA: number | null;
  rightB: number | null;
}

export interface ComparisonFigures {
  left: Result;
  right: Result;
  rows: ComparisonRow[];
}

function compare(left: Scenario, right: Scenario): ComparisonFigures {
  const l = calculate(left);
  const r = calculate(right);
  const months = Math.max(left.horizonMonths, right.horizonMonths);
  const rows: ComparisonRow[] = [];
  for (let month = 0; month <= months; month++) {
    const a = l.months[month];
    const b = r.months[month];
    rows.push({
      month,
      leftA: a?.cumulativeA ?? null,
      leftB: a?.cumulativeB ?? null,
      rightA: b?.cumulativeA ?? null,
      rightB: b?.cumulativeB ?? null,
    });
  }
  return { left: l, right: r, rows };
}

let last: { left: Scenario; right: Scenario; figures: ComparisonFigures } | null = null;

/** Both results and the chart rows; recomputed only when one of the two scenarios changes. */
export function selectComparison(left: Scenario, right: Scenario): ComparisonFigures {
  if (last === null || last.left !== left || last.right !== right) {
    last = { left, right, figures: compare(left, right) };
  }
  return last.figures;
}

/** The two compared inputs (the current scenario standing in for `left: null`), or null. */
export function useComparedInputs(): { left: Inputs; right: Inputs } | null {
  const compare = useSharing((s) => s.compare);
  const scenario = useStore((s) => s.scenario);
  const selection = useStore((s) => s.selection);
  const overrides = useStore((s) => s.overrides);
  const name = useStore((s) => s.name);
  if (compare === null) return null;
  return { left: compare.left ?? { scenario, selection, overrides, name }, right: compare.right };
}
