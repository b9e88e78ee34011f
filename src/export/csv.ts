/**
 * The month-by-month table as CSV: one row per month, units in the headers, plain numbers
 * (no currency signs or thousands separators) so a spreadsheet can sum the columns.
 */
import type { MonthRow, Result } from '../model/calculate.ts';
import type { SavingsBand } from '../model/simulate.ts';
import type { Assumption } from './assumptions.ts';

interface Column {
  header: string;
  value: (row: MonthRow) => number;
}

/** Month 0 holds the one-time costs; as their own columns, each row's parts add up to its total. */
const oneTime = (cost: (row: MonthRow) => number) => (row: MonthRow) =>
  row.month === 0 ? cost(row) : 0;

const COLUMNS: readonly Column[] = [
  { header: 'Month', value: (r) => r.month },
  { header: 'Requests', value: (r) => r.requests },
  { header: 'A: one-time ($)', value: oneTime((r) => r.costA) },
  { header: 'A: prompt prefix ($)', value: (r) => r.prefixA },
  { header: 'A: request input ($)', value: (r) => r.inputA },
  { header: 'A: output ($)', value: (r) => r.outputA },
  { header: 'A: prompt upkeep ($)', value: (r) => r.upkeepA },
  { header: 'A: wrong answers ($)', value: (r) => r.failureA },
  { header: 'A: cost this month ($)', value: (r) => r.costA },
  { header: 'B: one-time ($)', value: oneTime((r) => r.costB) },
  { header: 'B: inference ($)', value: (r) => r.inferenceB },
  { header: 'B: fallback to A ($)', value: (r) => r.fallbackB },
  { header: 'B: upkeep ($)', value: (r) => r.upkeepB },
  { header: 'B: wrong answers ($)', value: (r) => r.failureB },
  { header: 'B: retraining ($)', value: (r) => r.retrain },
  { header: 'B: cost this month ($)', value: (r) => r.costB },
  { header: 'A: cumulative cost ($)', value: (r) => r.cumulativeA },
  { header: 'B: cumulative cost ($)', value: (r) => r.cumulativeB },
  // C: the small model prompted with A's prompt (spec v2); month 0 carries A's one-time cost.
  { header: 'C: cost this month ($)', value: (r) => (r.month === 0 ? r.cumulativeC : r.costC) },
  { header: 'C: cumulative cost ($)', value: (r) => r.cumulativeC },
];

const GPU_COLUMN: Column = { header: 'B: dedicated GPUs (count)', value: (r) => r.gpus ?? 0 };

/**
 * A number as a spreadsheet reads it: at most 6 decimals (a millionth of a dollar, far below a
 * cent yet free of binary noise such as 0.30000000000000004), no exponent below 1e21.
 */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  // Past 1e15 a double holds no millionths, and value × 1e6 could overflow to Infinity.
  const rounded = Math.abs(value) >= 1e15 ? value : Math.round(value * 1e6) / 1e6;
  return String(rounded === 0 ? 0 : rounded); // no "-0"
}

/**
 * A text cell. A leading =, +, -, @, tab or carriage return makes spreadsheets read the cell as
 * a formula (CSV injection), so such text gets a leading ' as OWASP recommends; then RFC 4180:
 * a field holding a comma, quote or line break is quoted, inner quotes doubled. Numbers never
 * come here (csvNumber), so a negative number stays a number.
 */
export function csvField(text: string): string {
  const inert = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/** The simulation's band of one month, as three columns (months 0..H, like the rows). */
function bandColumns(bands: readonly SavingsBand[]): Column[] {
  const band = (row: MonthRow) => bands[row.month];
  return [
    { header: 'Cumulative saving, P10 ($)', value: (r) => band(r)?.p10 ?? Number.NaN },
    { header: 'Cumulative saving, median ($)', value: (r) => band(r)?.p50 ?? Number.NaN },
    { header: 'Cumulative saving, P90 ($)', value: (r) => band(r)?.p90 ?? Number.NaN },
  ];
}

/**
 * The result's months (0..H) as CSV text with CRLF line ends; a GPU column in dedicated mode;
 * with `bands` (the simulation's cumulativeSavingsBands), three columns of the cumulative
 * saving (A − B) over the simulated futures: P10, median and P90.
 */
export function monthsCsv(
  result: Pick<Result, 'months'>,
  bands: readonly SavingsBand[] | null = null,
): string {
  const dedicated = result.months.some((row) => row.gpus !== undefined);
  const columns = [
    ...COLUMNS,
    ...(dedicated ? [GPU_COLUMN] : []),
    ...(bands ? bandColumns(bands) : []),
  ];
  const lines = [columns.map((c) => csvField(c.header)).join(',')];
  for (const row of result.months)
    lines.push(columns.map((c) => csvNumber(c.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The export people open first: the assumptions (name, value, unit, source), a blank line, then
 * the month-by-month table. A reader of the file alone sees what the months rest on.
 */
export function scenarioCsv(
  result: Pick<Result, 'months'>,
  assumptions: readonly Assumption[],
  bands: readonly SavingsBand[] | null = null,
): string {
  const lines = [['Assumption', 'Value', 'Unit', 'Source'].map(csvField).join(',')];
  for (const a of assumptions) {
    const value = typeof a.value === 'number' ? csvNumber(a.value) : csvField(a.value);
    lines.push([csvField(a.name), value, csvField(a.unit), csvField(a.source)].join(','));
  }
  return `${lines.join('\r\n')}\r\n\r\n${monthsCsv(result, bands)}`;
}

/** A file name from the scenario's name: "support-bot-months.csv", or a plain default. */
export function exportFileName(scenarioName: string, suffix: string): string {
  const slug = scenarioName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 60)
    .replace(/-+$/, ''); // after the cut, so a cut never leaves a trailing dash
  return `${slug === '' ? 'fine-tune-or-prompt' : slug}-${suffix}`;
}
