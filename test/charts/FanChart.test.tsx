import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FanChart } from '../../src/charts/FanChart.tsx';
import { fanSummary } from '../../src/charts/fan-summary.ts';
import { formatUsd, formatUsdShort } from '../../src/model/format.ts';
import type { SavingsBand } from '../../src/model/simulate.ts';
import { plotTexts, readTooltips } from './read-chart.ts';

/** Three months: fine-tuning starts $30k behind, and the median catches up in month 2. */
const BANDS: SavingsBand[] = [
  { month: 0, p10: -30_000, p50: -30_000, p90: -30_000 },
  { month: 1, p10: -25_000, p50: -12_000, p90: -2_000 },
  { month: 2, p10: -20_000, p50: 4_000, p90: 26_000 },
];

describe('fanSummary', () => {
  it('says where the median ends, the middle 8 in 10, and when the median turns positive', () => {
    const [median, low, high] = [4_000, -20_000, 26_000].map(formatUsdShort);
    expect(fanSummary(BANDS)).toBe(
      `By month 2 the median future has saved ${median}; 8 futures in 10 lie between ${low} and ${high}. The median saving turns positive in month 2.`,
    );
  });

  it('says when the median never turns positive', () => {
    expect(fanSummary(BANDS.slice(0, 2))).toContain('stays below zero throughout');
  });
});

describe('FanChart', { timeout: 30_000 }, () => {
  it('draws the P10–P90 band, the median line and the zero line', async () => {
    const user = userEvent.setup();
    render(<FanChart bands={BANDS} />);
    const title = 'Cumulative saving across the simulated futures';
    expect(screen.getByRole('heading', { name: title })).toBeVisible();
    const legend = within(screen.getAllByRole('list')[0]!);
    expect(legend.getByText('Median future')).toBeInTheDocument();
    expect(legend.getByText('Zero: break-even')).toBeInTheDocument();
    // Month by month, the band's two ends and the median, as the tooltip gives them.
    const walk = await readTooltips(user, title, 3);
    expect(walk.map((r) => r.heading)).toEqual(['Month 0 (one-time costs)', 'Month 1', 'Month 2']);
    BANDS.forEach((band, i) => {
      expect(walk[i]!.lines).toEqual([
        ['P10 to P90', `${formatUsdShort(band.p10)} to ${formatUsdShort(band.p90)}`],
        ['Median', formatUsdShort(band.p50)],
      ]);
    });
    // The zero line keeps $0 on the axis even though no median is exactly zero.
    expect(plotTexts(title)).toContain('$0');
    expect(plotTexts(title)).toEqual(expect.arrayContaining(['Month', 'Cumulative saving ($)']));
  });

  it('shows the bands as a table on request', async () => {
    const user = userEvent.setup();
    render(<FanChart bands={BANDS} />);
    await user.click(screen.getByRole('button', { name: /show table/i }));
    const table = screen.getByRole('table');
    const last = within(table).getAllByRole('row').at(-1);
    expect(last).toHaveTextContent(
      ['2', formatUsd(-20_000), formatUsd(4_000), formatUsd(26_000)].join(''),
    );
  });
});
