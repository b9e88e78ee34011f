import type { TooltipContentProps, TooltipPayloadEntry } from 'recharts';
import { formatUsdShort } from '../model/format.ts';

export interface TooltipOptions {
  /** The heading, from the hovered category or x value ("Month 3", "10,000 requests/day"). */
  title: (label: string | number | undefined) => string;
  /** A series' name and value, or null to leave it out (a part that costs nothing this month). */
  line: (entry: TooltipPayloadEntry) => readonly [name: string, value: string] | null;
  /** Lines after the series, from the hovered data row (e.g. totals). */
  footer?: (entries: readonly TooltipPayloadEntry[]) => readonly string[];
}

/**
 * A tooltip body shared by the charts: series in the order they are drawn (recharts' default
 * sorts them by name), each with its colour, zeros left out. Build it once per chart (module
 * scope or useMemo) so the tooltip keeps its identity between renders.
 */
export function tooltipContent({ title, line, footer }: TooltipOptions) {
  return function ChartTooltipContent({ active, payload, label }: TooltipContentProps) {
    if (!active || payload.length === 0) return null;
    const heading = title(
      typeof label === 'number' || typeof label === 'string' ? label : undefined,
    );
    const lines = payload.flatMap((entry, i) => {
      const text = line(entry);
      const key = String(entry.dataKey ?? i);
      return text === null ? [] : [{ key, text, color: entry.color ?? 'currentColor' }];
    });
    const extra = footer?.(payload) ?? [];
    return (
      <div className="chart-tooltip">
        <p className="chart-tooltip-title">{heading}</p>
        <ul>
          {lines.map((l) => (
            <li key={l.key}>
              <span
                className="chart-swatch chart-swatch-block"
                style={{ color: l.color }}
                aria-hidden="true"
              />
              <span>{l.text[0]}</span>
              <span className="chart-tooltip-value">{l.text[1]}</span>
            </li>
          ))}
          {extra.map((text) => (
            <li key={text} className="chart-tooltip-footer">
              {text}
            </li>
          ))}
        </ul>
      </div>
    );
  };
}

/** "A: prompting  $12.6k" for any series whose value is a number. */
export function moneyLine(entry: TooltipPayloadEntry): readonly [string, string] | null {
  return typeof entry.value === 'number' ? [String(entry.name), formatUsdShort(entry.value)] : null;
}

/** moneyLine, leaving out zeros: parts not paid this month. */
export function nonZeroMoneyLine(entry: TooltipPayloadEntry): readonly [string, string] | null {
  return entry.value === 0 ? null : moneyLine(entry);
}
