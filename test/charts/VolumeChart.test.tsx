import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { VolumeChart } from '../../src/charts/VolumeChart.tsx';
import { formatQuantity, formatUsd, formatUsdShort } from '../../src/model/format.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { BREAK_EVEN, NEVER_CHEAPER, NO_BREAK_EVEN, chartInputs } from './fixtures.ts';
import { plotOf, plotTexts, readTooltips } from './read-chart.ts';

function renderChart(s: Scenario) {
  const { result, sweep } = chartInputs(s);
  const view = render(
    <VolumeChart
      sweep={sweep}
      breakEvenRequestsPerDay={result.breakEvenRequestsPerDay}
      requestsPerDay={s.requestsPerDay}
      horizonMonths={s.horizonMonths}
      smallModel="Llama 3.1 8B"
      summary="The summary line."
    />,
  );
  return { ...view, sweep };
}

const TITLE = 'Total cost by volume';

// recharts in jsdom is slow on a busy machine; the default 5 s is too tight for a first render.
describe('VolumeChart', { timeout: 30_000 }, () => {
  it('draws A, B and C against a log axis of requests per day, 10 to 10M', async () => {
    const user = userEvent.setup();
    const { sweep } = renderChart(NO_BREAK_EVEN);
    expect(screen.getByRole('heading', { level: 3, name: TITLE })).toBeVisible();
    expect(
      within(screen.getAllByRole('list')[0]!).getByText('C: Llama 3.1 8B, prompted'),
    ).toBeVisible();
    // The first three volumes of the sweep, each line's total as the tooltip gives it.
    const walk = await readTooltips(user, TITLE, 3);
    walk.forEach(({ heading, lines }, i) => {
      const point = sweep[i]!;
      expect(heading).toBe(`${formatQuantity(Math.round(point.requestsPerDay))} requests/day`);
      expect(lines).toEqual([
        ['C: Llama 3.1 8B, prompted', formatUsdShort(point.totalC)],
        ['A: prompting', formatUsdShort(point.totalA)],
        ['B: fine-tuning', formatUsdShort(point.totalB)],
      ]);
    });
    expect(walk[0]!.heading).toBe('10 requests/day');
    const texts = plotTexts(TITLE);
    expect(texts.filter((t) => /^\d+[kM]?$/.test(t))).toEqual([
      '10',
      '100',
      '1k',
      '10k',
      '100k',
      '1M',
      '10M',
    ]);
    // The totals span decades too: the y axis is logarithmic, ticked at powers of ten.
    const yTicks = texts.filter((t) => t.startsWith('$'));
    expect(yTicks.length).toBeGreaterThanOrEqual(3);
    for (const tick of yTicks) expect(tick).toMatch(/^\$(1|10|100)(k|M|B)?$/);
    expect(texts).toEqual(
      expect.arrayContaining(['Requests per day (log scale)', 'Total over 12 mo. ($, log)']),
    );
  });

  it('marks today’s volume and the break-even volume', () => {
    renderChart(NO_BREAK_EVEN);
    const plot = within(plotOf(TITLE));
    expect(plot.getByText('Today: 10k/day')).toBeInTheDocument();
    // Written in full, as the verdict and the key figure write it: the nearest whole request.
    const marker = plot.getByText(/^Break-even: [\d,]+\/day$/).textContent ?? '';
    const shown = Number(marker.replace(/[^\d]/g, ''));
    const exact = chartInputs(NO_BREAK_EVEN).result.breakEvenRequestsPerDay ?? NaN;
    expect(Math.abs(shown - exact)).toBeLessThanOrEqual(0.5);
    const legend = within(screen.getAllByRole('list')[0]!);
    expect(legend.getByText('Break-even')).toBeInTheDocument();
    expect(legend.getByText('Today')).toBeInTheDocument();
  });

  it('leaves out the break-even line when B is cheaper at no volume', () => {
    renderChart(NEVER_CHEAPER);
    expect(within(plotOf(TITLE)).getByText('Today: 10k/day')).toBeInTheDocument();
    expect(screen.queryByText(/Break-even/)).toBeNull();
  });

  it('moves the today marker with the volume', () => {
    renderChart(BREAK_EVEN);
    expect(screen.getByText('Today: 100k/day')).toBeInTheDocument();
  });

  it('lists every volume of the sweep in the table', async () => {
    const user = userEvent.setup();
    const { sweep } = renderChart(NO_BREAK_EVEN);
    await user.click(screen.getByRole('button', { name: /show table/i }));
    const table = screen.getByRole('table', { name: /total cost over 12 months by requests/i });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Requests per day',
      'A: prompting, total ($)',
      'B: fine-tuning, total ($)',
      'C: Llama 3.1 8B, prompted, total ($)',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(60);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('10');
    expect(within(rows[59]!).getByRole('rowheader')).toHaveTextContent('10,000,000');
    const last = sweep.at(-1)!;
    expect(
      within(rows[59]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([formatUsd(last.totalA), formatUsd(last.totalB), formatUsd(last.totalC)]);
    // C sends A's whole prompt to the small model: between the two at high volume here.
    expect(last.totalC).toBeGreaterThan(last.totalB);
    expect(last.totalC).toBeLessThan(last.totalA);
    expect(formatUsd(last.totalA)).toMatch(/^\$\d{1,3}(,\d{3})+$/);
  });
});
