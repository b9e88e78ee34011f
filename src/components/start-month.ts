/**
 * The choices of the starting-month picker: a month and a year, as two selects. Not an
 * `<input type="month">`: Firefox and Safari on the desktop show it as a bare text box that wants
 * "2026-12" typed, and in Chromium the first one on a page costs tens of milliseconds of the first
 * load (measured: about a third of the page's first style and layout at 4× CPU slowdown).
 */

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Years offered before and after this year: known price changes fall within a few years. */
const YEARS_BACK = 1;
const YEARS_AHEAD = 5;

/**
 * The years to choose from: last year to five years ahead of `today` (both `YYYY-MM`), and the
 * chosen month's year wherever it is (a link may start in any year), in order.
 */
export function startYearChoices(chosen: string, today: string): string[] {
  const thisYear = Number(today.slice(0, 4));
  const years = new Set<number>([Number(chosen.slice(0, 4))]);
  for (let y = thisYear - YEARS_BACK; y <= thisYear + YEARS_AHEAD; y++) years.add(y);
  return [...years].sort((a, b) => a - b).map((y) => String(y).padStart(4, '0'));
}
