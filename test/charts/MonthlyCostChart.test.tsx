import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MonthlyCostChart } from '../../src/charts/MonthlyCostChart.tsx';
import { calculate } from '../../src/model/calculate.ts';
import { formatUsdShort } from '../../src/model/format.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { DEDICATED, NO_BREAK_EVEN } from './fixtures.ts';
import { plotTexts, readTooltips } from './read-chart.ts';

function renderChart(s: Scenario) {
  const { months } = calculate(s);
  const view = render(
    <MonthlyCostChart months={months} servingMode={s.servingMode} summary="The summary line." />,
  );
  return { ...view, months };
}

function legendLabels() {
  return within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((li) => li.textContent);
}

// recharts in jsdom is slow on a busy machine; the default 5 s is too tight for a first render.
describe('MonthlyCostChart', { timeout: 30_000 }, () => {
  it('stacks A’s and B’s parts for months 1..H, leaving out parts that are always zero', async () => {
    const user = userEvent.setup();
    const { months } = renderChart(NO_BREAK_EVEN);
    expect(screen.getByRole('heading', { level: 3, name: 'Monthly cost by part' })).toBeVisible();
    // Defaults: no prompt upkeep for A, no fallback for B.
    expect(legendLabels()).toEqual([
      'A: prompt prefix',
      'A: input',
      'A: output',
      'B: inference',
      'B: upkeep',
      'B: retrains',
    ]);
    // The first bar is month 1 (month 0's one-time costs are the cumulative chart's): the parts
    // paid that month, bottom to top, then the totals. No retrain yet, so none is listed.
    const walk = await readTooltips(user, 'Monthly cost by part', 7);
    const first = walk[0]!;
    const m1 = months[1]!;
    expect(first.heading).toBe('Month 1');
    expect(first.lines).toEqual([
      ['A: prompt prefix', formatUsdShort(m1.prefixA)],
      ['A: input', formatUsdShort(m1.inputA)],
      ['A: output', formatUsdShort(m1.outputA)],
      ['B: inference', formatUsdShort(m1.inferenceB)],
      ['B: upkeep', formatUsdShort(m1.upkeepB)],
      [`A total ${formatUsdShort(m1.costA)}`],
      [`B total ${formatUsdShort(m1.costB)}`],
    ]);
    // The one retrain, in month 7.
    const seventh = walk[6]!;
    expect(seventh.heading).toBe('Month 7');
    expect(seventh.lines).toContainEqual(['B: retrains', formatUsdShort(months[7]!.retrain)]);
    const texts = plotTexts('Monthly cost by part');
    for (let month = 1; month <= 12; month++) expect(texts).toContain(String(month));
    expect(texts).not.toContain('0');
    expect(texts).toEqual(expect.arrayContaining(['Month', 'Cost per month ($)']));
  });

  it('calls B’s serving "GPUs" on dedicated GPUs and shows upkeep and fallback when paid', () => {
    renderChart({ ...DEDICATED, fallbackRate: 0.1, promptMaintenanceHoursPerMonth: 2 });
    const labels = legendLabels();
    expect(labels).toContain('B: GPUs');
    expect(labels).not.toContain('B: inference');
    expect(labels).toContain('B: fallback to A');
    expect(labels).toContain('A: upkeep');
  });

  it('gives the parts and totals per month as a table', async () => {
    const user = userEvent.setup();
    renderChart(NO_BREAK_EVEN);
    await user.click(screen.getByRole('button', { name: /show table/i }));
    const table = screen.getByRole('table', { name: 'Monthly cost by part, in US dollars' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Month',
      'A: prompt prefix ($)',
      'A: input ($)',
      'A: output ($)',
      'A: total ($)',
      'B: inference ($)',
      'B: upkeep ($)',
      'B: retrains ($)',
      'B: total ($)',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(12);
    const cells = (i: number) =>
      within(rows[i]!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    // 300,000 requests: prefix $1,350 + input $375 + output $900; B: $51.30 + $1,200 upkeep.
    expect(cells(0)).toEqual([
      '$1,350',
      '$375',
      '$900',
      '$2,625',
      '$51.30',
      '$1,200',
      '$0.00',
      '$1,251',
    ]);
    expect(within(rows[6]!).getByRole('rowheader')).toHaveTextContent('7');
    expect(cells(6)[6]).toBe('$6,757');
  });
});
