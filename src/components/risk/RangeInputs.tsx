import { memo, useState, type ChangeEvent } from 'react';
import type { Range, RangedKey } from '../../model/risk-draws.ts';
import type { RangeRow } from '../../state/risk-selectors.ts';
import { OwnForm } from '../OwnForm.tsx';

export type SetRange = (key: RangedKey, range: Range | null | undefined) => void;

/** Reads a typed box: "1,500", "7 %", "$40" → the number, or null. */
function parseBox(text: string): number | null {
  const cleaned = text.replace(/[,\s_$%]/g, '');
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** A stored value as its box shows it: shares ×100, without binary noise (0.07 × 100 → 7). */
const boxText = (value: number, factor: number) => String(Number((value * factor).toPrecision(10)));

function RangeBox({
  row,
  end,
  range,
  onRange,
}: {
  row: RangeRow;
  end: 'low' | 'high';
  range: Range;
  onRange: SetRange;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const typed = draft === null ? null : parseBox(draft);
  const invalid = draft !== null && typed === null;
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    setDraft(text);
    const number = parseBox(text);
    if (number === null) return;
    const stored = Number((number / row.factor).toPrecision(10));
    onRange(row.key, { ...range, [end]: row.integer ? Math.round(stored) : stored });
  };
  return (
    <label className="range-end">
      <span>{end === 'low' ? 'Low' : 'High'}</span>
      <input
        type="text"
        inputMode="decimal"
        aria-label={`${row.label}: ${end} (${row.unit})`}
        aria-invalid={invalid}
        value={draft ?? boxText(range[end], row.factor)}
        onChange={onChange}
        // Leaving the box shows the range the simulation really uses (a low above the value
        // is moved to it).
        onBlur={() => setDraft(null)}
      />
      <span className="unit" aria-hidden="true">
        {row.unit}
      </span>
    </label>
  );
}

/** Two rows are the same on screen when every shown figure is: a move elsewhere redraws none. */
function sameRow(a: RangeRow, b: RangeRow): boolean {
  return (
    a.key === b.key &&
    a.label === b.label &&
    a.unit === b.unit &&
    a.factor === b.factor &&
    a.integer === b.integer &&
    a.valueText === b.valueText &&
    a.custom === b.custom &&
    a.range?.low === b.range?.low &&
    a.range?.high === b.range?.high &&
    (a.range === null) === (b.range === null)
  );
}

/** One input's range: redrawn only when its own figures change (see sameRow). */
const RangeRowItem = memo(
  function RangeRowItem({ row, onRange }: { row: RangeRow; onRange: SetRange }) {
    return (
      <li className="range-row">
        <div className="range-head">
          <span className="range-label">{row.label}</span>
          <span className="muted small">now {row.valueText}</span>
        </div>
        <OwnForm className="range-controls">
          {row.range === null ? (
            <span className="muted small range-certain">Certain: the same in every future</span>
          ) : (
            <>
              <RangeBox row={row} end="low" range={row.range} onRange={onRange} />
              <RangeBox row={row} end="high" range={row.range} onRange={onRange} />
            </>
          )}
          <span className="range-buttons">
            {row.range !== null && (
              <button
                type="button"
                aria-label={`${row.label}: make certain`}
                onClick={() => onRange(row.key, null)}
              >
                Certain
              </button>
            )}
            {(row.custom || row.range === null) && (
              <button
                type="button"
                aria-label={`${row.label}: default range`}
                onClick={() => onRange(row.key, undefined)}
              >
                Default
              </button>
            )}
          </span>
        </OwnForm>
      </li>
    );
  },
  (prev, next) => prev.onRange === next.onRange && sameRow(prev.row, next.row),
);

/**
 * A low and a high beside each uncertain input, prefilled with the documented defaults. "Certain"
 * clears a range (the input keeps its value in every simulated future); "Default" goes back to
 * the default range around the current value.
 */
export const RangeInputs = memo(function RangeInputs({
  rows,
  onRange,
}: {
  rows: readonly RangeRow[];
  onRange: SetRange;
}) {
  return (
    <ul className="range-list">
      {rows.map((row) => (
        <RangeRowItem key={row.key} row={row} onRange={onRange} />
      ))}
    </ul>
  );
});
