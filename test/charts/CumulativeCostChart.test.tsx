import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CumulativeCostChart } from '../../src/charts/CumulativeCostChart.tsx';
import { calculate } from '../../src/model/calculate.ts';
import { formatUsd } from '../../src/model/format.ts';
import { BREAK_EVEN, NO_BREAK_EVEN } from './fixtures.ts';

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
  it('draws A, B and C as three lines and marks the break-even month', () => {
    const { container } = renderChart();
    expect(screen.getByRole('heading', { level: 3, name: 'Cumulative cost' })).toBeVisible();
    expect(screen.getByText('The summary line.')).toBeVisible();
    const svg = container.querySelector('svg.recharts-surface');
    expect(svg).toBeInTheDocument();
    const lines = container.querySelectorAll('.recharts-line-curve');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    // C is drawn first, beneath: a dashed line of its own colour.
    expect(lines[0]).toHaveAttribute('stroke', 'var(--color-c)');
    expect(lines[0]).toHaveAttribute('stroke-dasharray');
    expect(lines[1]).toHaveAttribute('stroke', 'var(--color-a)');
    expect(lines[2]).toHaveAttribute('stroke', 'var(--color-b)');
    // No dots: one path per line keeps the DOM small.
    expect(container.querySelectorAll('.recharts-line-dot')).toHaveLength(0);

    expect(screen.getByText('Break-even: month 2')).toBeInTheDocument();
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(1);
    expect(container.querySelectorAll('.recharts-reference-dot')).toHaveLength(1);
    const legend = screen.getByRole('list');
    expect(within(legend).getByText('Break-even')).toBeInTheDocument();
    expect(within(legend).getByText('C: Llama 3.1 8B, prompted')).toBeInTheDocument();
  });

  it('labels the axes with their units and writes money compactly', () => {
    const { container } = renderChart();
    const texts = [...container.querySelectorAll('.recharts-text')].map((t) => t.textContent);
    expect(texts).toContain('Month');
    expect(texts).toContain('Cumulative cost ($)');
    expect(texts.some((t) => /^\$\d+(\.\d)?k$/.test(t ?? ''))).toBe(true);
    expect(texts).toEqual(expect.arrayContaining(['0', '12']));
  });

  it('draws no break-even marker when fine-tuning never catches up', () => {
    const { container } = renderChart(calculate(NO_BREAK_EVEN));
    expect(container.querySelectorAll('.recharts-line-curve')).toHaveLength(3);
    expect(screen.queryByText(/Break-even/)).toBeNull();
    expect(container.querySelector('.recharts-reference-line')).toBeNull();
    expect(container.querySelector('.recharts-reference-dot')).toBeNull();
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
