import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ChartsPanel from '../../src/charts/ChartsPanel.tsx';
import { BREAK_EVEN, DEDICATED, NO_BREAK_EVEN, chartInputs } from './fixtures.ts';
import { formatUsdShort } from '../../src/model/format.ts';
import { plotOf } from './read-chart.ts';

const TITLES = [
  'Cumulative cost',
  'Where the saving comes from',
  'Monthly cost by part',
  'Total cost by volume',
  'What moves the savings',
];

// recharts in jsdom is slow on a busy machine; the default 5 s is too tight for a first render.
describe('ChartsPanel', { timeout: 30_000 }, () => {
  it('shows the five charts in a "Charts" region, each with its summary', () => {
    const { container } = render(<ChartsPanel {...chartInputs(BREAK_EVEN)} />);
    const panel = screen.getByRole('region', { name: 'Charts' });
    expect(
      within(panel)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(TITLES);
    // Each heading names a plot of its own.
    expect(within(panel).getAllByRole('application')).toHaveLength(5);
    for (const title of TITLES) expect(plotOf(title)).toBeVisible();
    const summaries = [...container.querySelectorAll('p.chart-summary')].map((p) => p.textContent);
    expect(summaries[0]).toMatch(
      `Fine-tuning becomes cheaper in month 2; after 12 months A costs ${formatUsdShort(315_000)} and B $52.8k. Llama 3.1 8B prompted`,
    );
    expect(summaries[1]).toMatch(
      // At the spec's default serving prices, prompting the small model beats fine-tuning it.
      /^Over 12 months switching to Llama 3\.1 8B saves \$[\d.]+k, and fine-tuning it costs \$[\d.]+k more: from \$315k \(A\) to \$52\.8k \(B\)\.$/,
    );
    expect(summaries[2]).toMatch(/^In month 1 A costs \$26\.3k and B \$1\.7k;/);
    expect(summaries[3]).toBe(
      'Over 12 months fine-tuning is cheaper from 15,109 requests/day; you have 100,000, above it.',
    );
    expect(summaries[4]).toMatch(
      /^Savings over 12 months \(\$\d+(\.\d)?k now\) move most with requests per day:/,
    );
    expect(screen.getByText('Break-even: month 2')).toBeInTheDocument();
    // One table toggle per chart, each named after its chart.
    for (const title of TITLES) {
      const toggle = within(panel).getByRole('button', { name: `Show table: ${title}` });
      expect(toggle).toHaveTextContent(/^Show table$/);
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
    }
  });

  it('tells the no-break-even story in words', () => {
    render(<ChartsPanel {...chartInputs(NO_BREAK_EVEN)} />);
    expect(screen.getByText(/^Fine-tuning does not pay off within 12 months;/)).toBeVisible();
    expect(screen.getByText(/you have 10,000, below it\.$/)).toBeVisible();
    expect(screen.queryByText(/Break-even: month/)).toBeNull();
  });

  it('renders with dedicated GPUs, without warnings', () => {
    render(<ChartsPanel {...chartInputs(DEDICATED)} />);
    for (const title of TITLES) expect(plotOf(title)).toBeVisible();
    expect(screen.getByText(/B runs on 1 GPU\.$/)).toBeVisible();
    expect(screen.getByText('B: GPUs')).toBeVisible();
  });
});
