import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { VolumeChart } from '../../src/charts/VolumeChart.tsx';
import { formatUsd } from '../../src/model/format.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { BREAK_EVEN, NEVER_CHEAPER, NO_BREAK_EVEN, chartInputs } from './fixtures.ts';

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

const texts = (root: Element, selector: string) =>
  [...root.querySelectorAll(selector)].map((t) => t.textContent);

// recharts in jsdom is slow on a busy machine; the default 5 s is too tight for a first render.
describe('VolumeChart', { timeout: 30_000 }, () => {
  it('draws A, B and C against a log axis of requests per day, 10 to 10M', () => {
    const { container } = renderChart(NO_BREAK_EVEN);
    expect(screen.getByRole('heading', { level: 3, name: 'Total cost by volume' })).toBeVisible();
    const lines = container.querySelectorAll('.recharts-line-curve');
    expect(lines).toHaveLength(3);
    expect(within(screen.getByRole('list')).getByText('C: Llama 3.1 8B, prompted')).toBeVisible();
    for (const line of lines) expect(line.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(texts(container, '.recharts-xAxis-tick-labels .recharts-text')).toEqual([
      '10',
      '100',
      '1k',
      '10k',
      '100k',
      '1M',
      '10M',
    ]);
    // The totals span decades too: the y axis is logarithmic, ticked at powers of ten.
    const yTicks = texts(container, '.recharts-yAxis-tick-labels .recharts-text');
    expect(yTicks.length).toBeGreaterThanOrEqual(3);
    for (const tick of yTicks) expect(tick).toMatch(/^\$(1|10|100)(k|M|B)?$/);
    expect(texts(container, '.recharts-label')).toEqual(
      expect.arrayContaining(['Requests per day (log scale)', 'Total over 12 mo. ($, log)']),
    );
  });

  it('marks today’s volume and the break-even volume', () => {
    const { container } = renderChart(NO_BREAK_EVEN);
    expect(screen.getByText('Today: 10k/day')).toBeInTheDocument();
    // Written in full, as the verdict and the key figure write it: the nearest whole request.
    const marker = screen.getByText(/^Break-even: [\d,]+\/day$/).textContent ?? '';
    const shown = Number(marker.replace(/[^\d]/g, ''));
    const exact = chartInputs(NO_BREAK_EVEN).result.breakEvenRequestsPerDay ?? NaN;
    expect(Math.abs(shown - exact)).toBeLessThanOrEqual(0.5);
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(2);
    const legend = within(screen.getByRole('list'));
    expect(legend.getByText('Break-even')).toBeInTheDocument();
    expect(legend.getByText('Today')).toBeInTheDocument();
  });

  it('leaves out the break-even line when B is cheaper at no volume', () => {
    const { container } = renderChart(NEVER_CHEAPER);
    expect(screen.getByText('Today: 10k/day')).toBeInTheDocument();
    expect(screen.queryByText(/Break-even/)).toBeNull();
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(1);
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
