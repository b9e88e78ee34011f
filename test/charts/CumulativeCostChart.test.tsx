import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CumulativeCostChart } from '../../src/charts/CumulativeCostChart.tsx';
import { calculate } from '../../src/model/calculate.ts';
import { formatUsd, formatUsdShort } from '../../src/model/format.ts';
import { BREAK_EVEN, NO_BREAK_EVEN } from './fixtures.ts';
import { legendColours, plotOf, plotTexts, tooltipAt } from './read-chart.ts';

function renderChart(result = calculate(BREAK_EVEN)) {
  return render(
    <CumulativeCostChart
      months={result.months}
      breakEvenMonth={result.breakEvenMonth}
      smallModel="Llama 3.1 8B"
      summary="The summary line."
    />,
  );
}

// recharts in jsdom is slow on a busy machine; the default 5 s is too tight for a first render.
describe('CumulativeCostChart', { timeout: 30_000 }, () => {
  it('draws A, B and C month by month, in the legend’s colours, and marks the break-even month', async () => {
    const user = userEvent.setup();
    const result = calculate(BREAK_EVEN);
    renderChart(result);
    expect(screen.getByRole('heading', { level: 3, name: 'Cumulative cost' })).toBeVisible();
    expect(screen.getByText('The summary line.')).toBeVisible();
    expect(plotOf('Cumulative cost')).toBeVisible();
    // What a reader of the plot gets at month 2: each line's cumulative cost, C drawn first.
    const { heading, lines, colours } = await tooltipAt(user, 'Cumulative cost', 2);
    const month2 = result.months[2]!;
    expect(heading).toBe('Month 2');
    expect(lines).toEqual([
      ['C: Llama 3.1 8B, prompted', formatUsdShort(month2.cumulativeC)],
      ['A: prompting', formatUsdShort(month2.cumulativeA)],
      ['B: fine-tuning', formatUsdShort(month2.cumulativeB)],
    ]);
    // Each line in the colour its legend entry shows.
    const legend = legendColours('Cumulative cost');
    expect(colours).toEqual({
      'C: Llama 3.1 8B, prompted': legend['C: Llama 3.1 8B, prompted'],
      'A: prompting': legend['A: prompting'],
      'B: fine-tuning': legend['B: fine-tuning'],
    });
    expect(new Set(Object.values(colours)).size).toBe(3);

    expect(within(plotOf('Cumulative cost')).getByText('Break-even: month 2')).toBeVisible();
    const legendList = screen.getAllByRole('list')[0]!;
    expect(within(legendList).getByText('Break-even')).toBeInTheDocument();
    expect(within(legendList).getByText('C: Llama 3.1 8B, prompted')).toBeInTheDocument();
  });

  it('starts at month 0 with the one-time costs', async () => {
    const user = userEvent.setup();
    const result = calculate(BREAK_EVEN);
    renderChart(result);
    const { heading, lines } = await tooltipAt(user, 'Cumulative cost', 0);
    expect(heading).toBe('Month 0 (one-time costs)');
    expect(lines).toContainEqual(['B: fine-tuning', formatUsdShort(result.oneTimeB)]);
  });

  it('labels the axes with their units and writes money compactly', () => {
    renderChart();
    const texts = plotTexts('Cumulative cost');
    expect(texts).toContain('Month');
    expect(texts).toContain('Cumulative cost ($)');
    expect(texts.some((t) => /^\$\d+(\.\d)?k$/.test(t))).toBe(true);
    expect(texts).toEqual(expect.arrayContaining(['0', '12']));
  });

  it('draws no break-even marker when fine-tuning never catches up', () => {
    renderChart(calculate(NO_BREAK_EVEN));
    expect(plotOf('Cumulative cost')).toBeVisible();
    expect(screen.queryByText(/Break-even/)).toBeNull();
    expect(plotTexts('Cumulative cost')).not.toContainEqual(expect.stringMatching(/month/));
  });

  it('shows the cumulative figures as a table, one row per month from 0', async () => {
    const user = userEvent.setup();
    const result = calculate(BREAK_EVEN);
    renderChart(result);
    await user.click(screen.getByRole('button', { name: /show table/i }));
    const table = screen.getByRole('table', { name: /cumulative cost by month, in us dollars/i });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Month',
      'A: prompting, cumulative ($)',
      'B: fine-tuning, cumulative ($)',
      'C: Llama 3.1 8B, prompted, cumulative ($)',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(13);
    // Month 0 holds the one-time costs: nothing for A, the build of B.
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['$0.00', formatUsd(result.oneTimeB), '$0.00']);
    expect(within(rows[12]!).getByRole('rowheader')).toHaveTextContent('12');
    expect(
      within(rows[12]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['$315,000', '$52,820', formatUsd(result.totalC)]);
    // C's one-time cost is A's (nothing to train), then it pays the small model's bills.
    expect(result.totalC).toBeGreaterThan(0);
  });
});
