import { useCallback, useId, useState, type ReactElement, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';

/** One entry of the HTML legend: a colour swatch and its label. */
export interface LegendItem {
  label: string;
  /** A CSS colour, usually `var(--color-a)` and friends from charts.css. */
  color: string;
  /** How the swatch is drawn, matching the series: solid, dashed or dotted line, or a bar's block. */
  shape: 'line' | 'dashed' | 'dotted' | 'block';
}

/** The chart's data as a table: the first cell of every row is its row header. */
export interface ChartTable {
  caption: string;
  /** Column headers, with their units, e.g. "A: prompting ($)". */
  columns: readonly string[];
  rows: ReadonlyArray<readonly string[]>;
}

export interface ChartFrameProps {
  title: string;
  /** One plain sentence that says what the chart shows, for everyone (and screen readers). */
  summary: string;
  legend: readonly LegendItem[];
  table: ChartTable;
  /** Height of the plot in px; the width follows the container. */
  height?: number;
  /** Extra buttons shown beside "Show table" (e.g. downloads). */
  actions?: ReactNode;
  /** Called with the plot's width when it changes (see useNarrow). */
  onWidthChange?: (width: number) => void;
  /** The recharts chart element; ResponsiveContainer gives it its size. */
  children: ReactElement;
}

/** Below this plot width (px) charts shorten their labels: a phone in portrait. */
export const NARROW_WIDTH = 480;

/**
 * Whether the plot is narrow, and the callback that keeps it up to date (pass it to ChartFrame's
 * onWidthChange). The chart re-renders only when the width crosses NARROW_WIDTH.
 */
export function useNarrow(): [boolean, (width: number) => void] {
  const [narrow, setNarrow] = useState(false);
  const onWidthChange = useCallback(
    (width: number) => setNarrow(width > 0 && width < NARROW_WIDTH),
    [],
  );
  return [narrow, onWidthChange];
}

export const DEFAULT_CHART_HEIGHT = 260;

/**
 * The shared frame of every chart: heading, one-line summary, HTML legend (recharts' own Legend
 * measures itself on every update), the chart, and a toggle that shows the data as a table.
 */
export function ChartFrame({
  title,
  summary,
  legend,
  table,
  height = DEFAULT_CHART_HEIGHT,
  actions,
  onWidthChange,
  children,
}: ChartFrameProps) {
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  const titleId = `${id}-title`;
  const tableId = `${id}-table`;
  const toggleText = showTable ? 'Hide table' : 'Show table';
  return (
    <section className="chart-frame" aria-labelledby={titleId}>
      <h3 id={titleId} className="chart-title">
        {title}
      </h3>
      <p className="chart-summary">{summary}</p>
      <ul className="chart-legend">
        {legend.map((item) => (
          <li key={item.label}>
            <span
              className={`chart-swatch chart-swatch-${item.shape}`}
              style={{ color: item.color }}
              aria-hidden="true"
            />
            {item.label}
          </li>
        ))}
      </ul>
      <div className="chart-plot" style={{ height }}>
        <ResponsiveContainer
          width="100%"
          height={height}
          initialDimension={{ width: 320, height }}
          {...(onWidthChange ? { onResize: onWidthChange } : {})}
        >
          {children}
        </ResponsiveContainer>
      </div>
      <div className="chart-actions">
        <button
          type="button"
          className="chart-button"
          aria-expanded={showTable}
          aria-controls={tableId}
          // Four charts, four toggles: the name says which chart (and starts with what is shown).
          aria-label={`${toggleText}: ${title}`}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {toggleText}
        </button>
        {actions}
      </div>
      <div
        id={tableId}
        className="chart-table-wrap"
        hidden={!showTable}
        // A wide table scrolls inside this box; keyboard users must be able to reach it.
        {...(showTable ? { tabIndex: 0, role: 'region', 'aria-label': `${title}: table` } : {})}
      >
        {showTable && <DataTable table={table} />}
      </div>
    </section>
  );
}

function DataTable({ table }: { table: ChartTable }) {
  return (
    <table className="chart-table">
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          {/* By position: two columns may share a header ("Change ($)" after each value). */}
          {table.columns.map((column, i) => (
            <th key={i} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={j}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
