import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TornadoChart } from '../../src/charts/TornadoChart.tsx';
import { sensitivity } from '../../src/model/sensitivity.ts';
import type { SensitivityRow } from '../../src/model/sensitivity.ts';
import { formatUsdShort } from '../../src/model/format.ts';
import { NO_BREAK_EVEN } from './fixtures.ts';
import { plotOf, plotTexts, readTooltips, tooltipAt } from './read-chart.ts';

function renderChart(rows: readonly SensitivityRow[], maxBars?: number) {
  return render(
    <TornadoChart
      rows={rows}
      horizonMonths={12}
      summary="The summary line."
      {...(maxBars === undefined ? {} : { maxBars })}
    />,
  );
}

const TITLE = 'What moves the savings';

/** The inputs in the order the arrow keys reach them, top to bottom: each tooltip's heading. */
async function inputsInOrder(user: UserEvent, count: number) {
  const readings = await readTooltips(user, TITLE, count, 'vertical');
  return readings.map((r) => r.heading);
}

/** The value labels at the bars' ends ("→ 5,000/day"). */
const barLabels = () => plotTexts(TITLE).filter((t) => t.startsWith('→ '));

// recharts in jsdom is slow on a busy machine; the default 5 s is too tight for a first render.
describe('TornadoChart', { timeout: 30_000 }, () => {
  const rows = sensitivity(NO_BREAK_EVEN);

  it('draws a halved and a doubled bar per input, the widest spread on top', async () => {
    const user = userEvent.setup();
    renderChart(rows);
    expect(screen.getByRole('heading', { level: 3, name: TITLE })).toBeVisible();
    // The ten inputs with the widest spread, each halved and doubled.
    const top10 = rows.slice(0, 10).map((r) => r.label);
    expect(await inputsInOrder(user, 10)).toEqual(top10);
    expect(top10.slice(0, 3)).toEqual([
      'Engineering hourly rate',
      'Requests per day',
      'Fine-tuning build effort',
    ]);
    // Each bar is labelled with the value the input takes there, not a factor.
    expect(barLabels()).toHaveLength(20);
    expect(barLabels()).toContain('→ 5,000/day');
    expect(barLabels()).toContain('→ 20,000/day');
    expect(barLabels().some((t) => t.includes('×'))).toBe(false);
    expect(within(plotOf(TITLE)).getByText('Change in savings ($)')).toBeInTheDocument();
  });

  it('sorts by spread itself and bars only inputs that move the savings', async () => {
    const user = userEvent.setup();
    renderChart([...rows].reverse(), 3);
    expect(await inputsInOrder(user, 3)).toEqual([
      'Engineering hourly rate',
      'Requests per day',
      'Fine-tuning build effort',
    ]);
    expect(barLabels()).toHaveLength(6);
  });

  it('points halving and doubling the right way from the baseline', async () => {
    const user = userEvent.setup();
    renderChart(rows, 1);
    // Engineering hourly rate: halving it helps fine-tuning (+$22.2k), doubling hurts (−$44.4k).
    const rate = rows[0]!;
    const { heading, lines } = await tooltipAt(user, TITLE, 0, 'vertical');
    expect(heading).toBe('Engineering hourly rate');
    const [halved, doubled] = lines;
    expect(halved?.[0]).toMatch(/^\$150(\.00)?\/h → \$75(\.00)?\/h$/);
    expect(halved?.[1]).toBe(`+${formatUsdShort(rate.lowSavings - rate.baseSavings)}`);
    expect(doubled?.[0]).toMatch(/^\$150(\.00)?\/h → \$300(\.00)?\/h$/);
    expect(doubled?.[1]).toBe(formatUsdShort(rate.highSavings - rate.baseSavings));
    expect(rate.lowSavings - rate.baseSavings).toBeGreaterThan(0);
    expect(rate.highSavings - rate.baseSavings).toBeCloseTo(
      2 * (rate.baseSavings - rate.lowSavings),
      0,
    );
    expect(lines.at(-1)).toEqual([`Savings now ${formatUsdShort(rate.baseSavings)}`]);
  });

  it('lists every input with its values and savings in the table', async () => {
    const user = userEvent.setup();
    renderChart(rows);
    await user.click(screen.getByRole('button', { name: /show table/i }));
    const table = screen.getByRole('table', { name: /change in savings over 12 months/i });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Input (value now)', 'Halved to', 'Change ($)', 'Doubled to', 'Change ($)']);
    const body = within(table).getAllByRole('row').slice(1);
    expect(body).toHaveLength(rows.length);
    const volume = rows[1]!;
    expect(within(body[1]!).getByRole('rowheader')).toHaveTextContent(
      'Requests per day (now 10,000/day)',
    );
    const cells = within(body[1]!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 2)).toEqual([
      '5,000/day',
      expect.stringMatching(/^-\$\d{1,3}(,\d{3})*$/),
    ]);
    expect(cells[2]).toBe('20,000/day');
    // The one measure is the change from today's savings, with its sign.
    const dollars = (text: string | null | undefined) => Number(text?.replace(/[$,+]/g, ''));
    expect(dollars(cells[1])).toBeCloseTo(volume.lowSavings - volume.baseSavings, 0);
    expect(dollars(cells[3])).toBeCloseTo(volume.highSavings - volume.baseSavings, 0);
    expect(cells[3]).toMatch(/^\+\$/);
  });

  it('bars no input that leaves the savings where they are', () => {
    const still = (row: SensitivityRow): SensitivityRow => ({
      ...row,
      lowSavings: row.baseSavings,
      highSavings: row.baseSavings,
      spread: 0,
    });
    renderChart([rows[0]!, rows[1]!, ...rows.slice(2).map(still)]);
    expect(barLabels()).toHaveLength(4);
    // Nor names it beside an empty row.
    expect(plotTexts(TITLE)).toEqual(expect.arrayContaining([rows[0]!.label, rows[1]!.label]));
    for (const row of rows.slice(2)) expect(plotTexts(TITLE)).not.toContain(row.label);
  });

  it('draws no bars when there is nothing to compare', () => {
    renderChart([]);
    expect(plotOf(TITLE)).toBeVisible();
    expect(barLabels()).toEqual([]);
  });
});
