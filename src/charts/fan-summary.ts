/**
 * The words and the table of the fan chart (cumulative saving, P10–P90 band and median). Pure:
 * they only read the simulation's bands.
 */
import { formatUsd, formatUsdShort } from '../model/format.ts';
import type { SavingsBand } from '../model/simulate.ts';
import type { ChartTable } from './ChartFrame.tsx';

/**
 * "By month 12 the median future has saved $18k; 8 futures in 10 lie between -$9k and $51k.
 * The median saving turns positive in month 5."
 */
export function fanSummary(bands: readonly SavingsBand[]): string {
  const last = bands.at(-1);
  if (last === undefined) return 'No months to show.';
  const median =
    last.p50 >= 0
      ? `the median future has saved ${formatUsdShort(last.p50)}`
      : `the median future has cost ${formatUsdShort(-last.p50)} more`;
  const spread = `8 futures in 10 lie between ${formatUsdShort(last.p10)} and ${formatUsdShort(last.p90)}`;
  const crossing = bands.find((band) => band.p50 >= 0);
  const turn =
    crossing === undefined
      ? `The median saving stays below zero throughout.`
      : crossing.month === 0
        ? `The median saving is never below zero.`
        : `The median saving turns positive in month ${crossing.month}.`;
  return `By month ${last.month} ${median}; ${spread}. ${turn}`;
}

/** One row per month: P10, median and P90 of the cumulative saving, exact dollars. */
export function fanTable(bands: readonly SavingsBand[]): ChartTable {
  return {
    caption:
      'Cumulative saving of fine-tuning (A − B) by month over the simulated futures, in US dollars',
    columns: ['Month', 'P10 ($)', 'Median ($)', 'P90 ($)'],
    rows: bands.map((band) => [
      String(band.month),
      formatUsd(band.p10),
      formatUsd(band.p50),
      formatUsd(band.p90),
    ]),
  };
}
