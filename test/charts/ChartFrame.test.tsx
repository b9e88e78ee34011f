import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { LineChart } from 'recharts';
import { ChartFrame, type ChartTable } from '../../src/charts/ChartFrame.tsx';

const table: ChartTable = {
  caption: 'Cost by month, in US dollars',
  columns: ['Month', 'A ($)', 'B ($)'],
  rows: [
    ['1', '$100.00', '$50.00'],
    ['2', '$200.00', '$75.00'],
  ],
};

function renderFrame(actions?: ReactNode) {
  return render(
    <ChartFrame
      title="Test chart"
      summary="B is cheaper from month 2."
      legend={[
        { label: 'A: prompting', color: 'var(--color-a)', shape: 'line' },
        { label: 'B: fine-tuning', color: 'var(--color-b)', shape: 'dashed' },
      ]}
      table={table}
      actions={actions}
    >
      <LineChart data={[]} />
    </ChartFrame>,
  );
}

// recharts in jsdom is slow on a busy machine; the default 5 s is too tight for a first render.
describe('ChartFrame', { timeout: 30_000 }, () => {
  it('shows a heading, the summary, an HTML legend and the chart', () => {
    renderFrame();
    const region = screen.getByRole('region', { name: 'Test chart' });
    expect(within(region).getByRole('heading', { level: 3, name: 'Test chart' })).toBeVisible();
    expect(within(region).getByText('B is cheaper from month 2.')).toBeVisible();
    const legend = within(region).getByRole('list');
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['A: prompting', 'B: fine-tuning']);
    // The plot, reachable from the keyboard.
    expect(within(region).getByRole('application')).toBeInTheDocument();
    // The legend is ours, not recharts' (which measures itself on every update): one list only.
    expect(within(region).getAllByRole('list')).toHaveLength(1);
  });

  it('toggles a real table with a caption and column and row headers', async () => {
    const user = userEvent.setup();
    renderFrame();
    const toggle = screen.getByRole('button', { name: 'Show table: Test chart' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).toBeNull();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Hide table: Test chart');
    const tableEl = screen.getByRole('table', { name: 'Cost by month, in US dollars' });
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toContainElement(
      tableEl,
    );
    expect(
      within(tableEl)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Month', 'A ($)', 'B ($)']);
    expect(
      within(tableEl)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['1', '2']);
    expect(within(tableEl).getAllByRole('columnheader')[0]).toHaveAttribute('scope', 'col');
    expect(within(tableEl).getAllByRole('rowheader')[0]).toHaveAttribute('scope', 'row');
    expect(
      within(tableEl)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['$100.00', '$50.00', '$200.00', '$75.00']);
    // The table scrolls in its own box, which keyboard users can reach.
    const scroller = screen.getByRole('region', { name: 'Test chart: table' });
    expect(scroller).toHaveAttribute('tabindex', '0');
    expect(scroller).toHaveClass('chart-table-wrap');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows extra actions beside the table toggle', () => {
    renderFrame(<button type="button">Download PNG</button>);
    expect(screen.getByRole('button', { name: 'Download PNG' })).toBeVisible();
  });
});
