import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MonthlyCostChart } from '../../src/charts/MonthlyCostChart.tsx';
import { calculate } from '../../src/model/calculate.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { DEDICATED, NO_BREAK_EVEN } from './fixtures.ts';

function renderChart(s: Scenario) {
  return render(
    <MonthlyCostChart
      months={calculate(s).months}
      servingMode={s.servingMode}
      summary="The summary line."
    />,
  );
}

function legendLabels() {
  return within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((li) => li.textContent);
}

// recharts in jsdom is slow on a busy machine; the default 5 s is too tight for a first render.
describe('MonthlyCostChart', { timeout: 30_000 }, () => {
  it('stacks A’s and B’s parts for months 1..H, leaving out parts that are always zero', () => {
    const { container } = renderChart(NO_BREAK_EVEN);
    expect(screen.getByRole('heading', { level: 3, name: 'Monthly cost by part' })).toBeVisible();
    expect(container.querySelector('svg.recharts-surface')).toBeInTheDocument();
    // Defaults: no prompt upkeep for A, no fallback for B.
    expect(legendLabels()).toEqual([
      'A: prompt prefix',
      'A: input',
      'A: output',
      'B: inference',
      'B: upkeep',
      'B: retrains',
    ]);
    expect(container.querySelectorAll('.recharts-bar')).toHaveLength(6);
    // 12 months × 5 running parts, plus the one retrain in month 7.
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(61);
    const ticks = [...container.querySelectorAll('.recharts-xAxis-tick-labels .recharts-text')];
    expect(ticks.map((t) => t.textContent)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
    ]);
    const labels = [...container.querySelectorAll('.recharts-label')].map((t) => t.textContent);
    expect(labels).toEqual(['Month', 'Cost per month ($)']);
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
