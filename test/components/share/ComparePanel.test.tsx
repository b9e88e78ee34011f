import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ComparePanel } from '../../../src/components/share/ComparePanel.tsx';
import CompareView from '../../../src/components/share/CompareView.tsx';
import { calculate } from '../../../src/model/calculate.ts';
import { formatUsdShort } from '../../../src/model/format.ts';
import { useSharing } from '../../../src/state/sharing.ts';
import { savedScenarios } from '../../../src/state/saved-storage.ts';
import { initialInputs, useStore } from '../../../src/state/store.ts';
import { decodeLink, encodeLink } from '../../../src/url/link.ts';
import { readTooltips } from '../../charts/read-chart.ts';
import { reloadSavedLibrary, setClipboard } from './helpers.ts';

beforeEach(reloadSavedLibrary);

/** "$0.00875", "-$1.2k", "$3.4M" as dollars. */
function money(text: string): number {
  const match = /^(-?)\$([\d.,]+)([kM]?)$/.exec(text);
  if (!match) return NaN;
  const scale = match[3] === 'k' ? 1e3 : match[3] === 'M' ? 1e6 : 1;
  return (match[1] ? -1 : 1) * Number(match[2]?.replaceAll(',', '')) * scale;
}
/** Shown to at least two significant figures: within 5 % of the model's figure. */
const near = (shown: number, exact: number) =>
  expect(Math.abs(shown - exact)).toBeLessThanOrEqual(Math.abs(exact) * 0.05);

function save(name: string, requestsPerDay: number, horizonMonths = 12) {
  const inputs = initialInputs();
  const scenario = { ...inputs.scenario, requestsPerDay, horizonMonths };
  savedScenarios.save(name, encodeLink({ ...inputs, name, scenario }));
  return scenario;
}

describe('ComparePanel', () => {
  it('asks for a saved scenario before there is anything to compare', async () => {
    render(<ComparePanel />);
    expect(await screen.findByText(/Save a scenario to compare/)).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('puts two saved scenarios side by side: key figures and one chart', async () => {
    const small = save('Small', 1_000);
    const big = save('Big', 1_000_000, 24);
    render(<CompareView />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Left' }), 'Small');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Right' }), 'Big');
    await userEvent.click(screen.getByRole('button', { name: 'Compare' }));

    const table = screen.getByRole('table', { name: 'Key figures side by side' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Figure', 'Small', 'Big']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.children[0]?.textContent)).toEqual([
      'Cost per request, A: prompting',
      'Cost per request, B: fine-tuned',
      'Cost per request, C: small model prompted',
      'Month-1 cost, A',
      'Month-1 cost, B',
      'One-time investment (B)',
      'Break-even month',
      'Break-even volume',
      'Savings over the horizon',
      '… from switching to the small model',
      '… from fine-tuning it',
      'Return on investment',
      'Fine-tuning pays while B’s failure rate is',
    ]);
    // Each column shows its own scenario's figures: read back as numbers, they are the model's
    // to the digits shown (three significant figures, or "$1.2k"-style short money).
    const cell = (label: string, column: 1 | 2) =>
      rows.find((r) => r.children[0]?.textContent === label)?.children[column]?.textContent ?? '';
    for (const [column, scenario] of [
      [1, small],
      [2, big],
    ] as const) {
      const r = calculate(scenario);
      near(money(cell('Cost per request, A: prompting', column)), r.costPerRequestA);
      near(money(cell('Cost per request, B: fine-tuned', column)), r.costPerRequestB ?? NaN);
      near(money(cell('Month-1 cost, A', column)), r.months[1]?.costA ?? NaN);
      near(money(cell('Month-1 cost, B', column)), r.months[1]?.costB ?? NaN);
      near(money(cell('One-time investment (B)', column)), r.oneTimeB);
      const [savings, months] = cell('Savings over the horizon', column).split(' in ');
      near(money(savings ?? ''), r.savings);
      expect(months).toBe(`${scenario.horizonMonths} months`);
      const month = r.breakEvenMonth;
      expect(cell('Break-even month', column)).toBe(month === null ? 'None' : `Month ${month}`);
    }
    // The two columns differ where the scenarios do: a thousand requests a day against a million.
    expect(cell('Month-1 cost, A', 1)).not.toBe(cell('Month-1 cost, A', 2));
    // recharts arrives lazily; one chart with four lines (both scenarios, A and B).
    const chart = await screen.findByRole(
      'region',
      { name: 'Cumulative cost, both scenarios' },
      { timeout: 15_000 }, // the first lazy import of recharts is slow under jsdom
    );
    expect(within(chart).getByText('Small: A prompting')).toBeVisible();
    expect(within(chart).getByText('Big: B fine-tuning')).toBeVisible();
    // Month 1 on the plot: each scenario's A and B, as the tooltip reads them.
    const [, month1] = await readTooltips(userEvent.setup(), 'Cumulative cost, both scenarios', 2);
    const [left, right] = [calculate(small).months[1]!, calculate(big).months[1]!];
    expect(month1?.heading).toBe('Month 1');
    expect(month1?.lines).toEqual([
      ['Small: A prompting', formatUsdShort(left.cumulativeA)],
      ['Small: B fine-tuning', formatUsdShort(left.cumulativeB)],
      ['Big: A prompting', formatUsdShort(right.cumulativeA)],
      ['Big: B fine-tuning', formatUsdShort(right.cumulativeB)],
    ]);
  }, 30_000);

  it('compares the current scenario with a saved one, following edits live', async () => {
    save('Saved', 2_000);
    useStore.getState().setName('Live');
    render(<CompareView />);
    await userEvent.click(screen.getByRole('button', { name: 'Compare' }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader')[1]?.textContent).toBe('Live');
    const before = within(table).getAllByRole('row')[1]?.textContent;
    useStore.getState().setNumber('outputTokens', 3_000);
    expect(await screen.findByRole('table')).not.toHaveTextContent(before ?? '');
  });

  it('shares the comparison as one link and closes', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    save('A', 10);
    save('B', 20);
    render(<CompareView />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Left' }), 'A');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Right' }), 'B');
    await userEvent.click(screen.getByRole('button', { name: 'Compare' }));
    await userEvent.click(screen.getByRole('button', { name: 'Copy comparison link' }));
    const link = decodeLink(new URL(String(writeText.mock.calls[0]?.[0])).search);
    expect(link.problems).toEqual([]);
    expect(link.compare?.left?.name).toBe('A');
    expect(link.compare?.right.name).toBe('B');
    expect(link.compare?.right.scenario.requestsPerDay).toBe(20);
    await userEvent.click(screen.getByRole('button', { name: 'Close comparison' }));
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a comparison opened from a link even with nothing saved', async () => {
    const right = { ...initialInputs(), name: 'From the link' };
    useSharing.getState().setCompare({ left: null, right });
    render(<CompareView />);
    expect(within(screen.getByRole('table')).getByText('From the link')).toBeVisible();
    expect(
      await screen.findByRole('region', { name: /both scenarios/ }, { timeout: 15_000 }),
    ).toBeVisible();
  }, 30_000);
});
