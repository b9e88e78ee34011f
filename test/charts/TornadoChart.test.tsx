import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TornadoChart } from '../../src/charts/TornadoChart.tsx';
import { sensitivity } from '../../src/model/sensitivity.ts';
import type { SensitivityRow } from '../../src/model/sensitivity.ts';
import { NO_BREAK_EVEN } from './fixtures.ts';

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

/** Category tick labels from top to bottom. */
function inputsTopToBottom(container: HTMLElement) {
  return [...container.querySelectorAll('.recharts-yAxis-tick-labels .recharts-text')]
    .map((t) => ({ y: Number(t.getAttribute('y')), label: t.textContent }))
    .sort((a, b) => a.y - b.y)
    .map((t) => t.label);
}

// recharts in jsdom is slow on a busy machine; the default 5 s is too tight for a first render.
describe('TornadoChart', { timeout: 30_000 }, () => {
  const rows = sensitivity(NO_BREAK_EVEN);

  it('draws a halved and a doubled bar per input, the widest spread on top', () => {
    const { container } = renderChart(rows);
    expect(screen.getByRole('heading', { level: 3, name: 'What moves the savings' })).toBeVisible();
    expect(container.querySelectorAll('.recharts-bar')).toHaveLength(2);
    // The ten inputs with the widest spread, each halved and doubled.
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(20);
    const top10 = rows.slice(0, 10).map((r) => r.label);
    expect(inputsTopToBottom(container)).toEqual(top10);
    expect(top10.slice(0, 3)).toEqual([
      'Engineering hourly rate',
      'Requests per day',
      'Fine-tuning build effort',
    ]);
    const barLabels = [...container.querySelectorAll('.recharts-label-list text')].map(
      (t) => t.textContent,
    );
    // Each bar is labelled with the value the input takes there, not a factor.
    expect(barLabels).toHaveLength(20);
    expect(barLabels).toContain('→ 5,000/day');
    expect(barLabels).toContain('→ 20,000/day');
    expect(barLabels.some((t) => t?.includes('×'))).toBe(false);
    expect(screen.getByText('Change in savings ($)')).toBeInTheDocument();
  });

  it('sorts by spread itself and bars only inputs that move the savings', () => {
    const reversed = [...rows].reverse();
    const { container } = renderChart(reversed, 3);
    expect(inputsTopToBottom(container)).toEqual([
      'Engineering hourly rate',
      'Requests per day',
      'Fine-tuning build effort',
    ]);
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(6);
  });

  it('points halving and doubling the right way from the baseline', () => {
    const { container } = renderChart(rows, 1);
    // Engineering hourly rate: halving it helps fine-tuning (+$22.2k), doubling hurts (−$44.4k).
    const [low, high] = [...container.querySelectorAll('.recharts-bar-rectangle path')];
    expect(Number(low?.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(high?.getAttribute('width'))).toBeLessThan(0);
    expect(Math.abs(Number(high?.getAttribute('width')))).toBeCloseTo(
      2 * Number(low?.getAttribute('width')),
      0,
    );
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

  it('draws no bars when there is nothing to compare', () => {
    const { container } = renderChart([]);
    expect(container.querySelector('.recharts-bar-rectangle')).toBeNull();
  });
});
