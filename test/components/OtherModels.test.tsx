import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { findApiModel } from '../../src/catalog/api-models.ts';
import { OtherModels } from '../../src/components/OtherModels.tsx';
import { SettledScenario } from '../../src/components/SettledScenario.tsx';
import { useStore } from '../../src/state/store.ts';

async function openTable() {
  const user = userEvent.setup();
  render(<OtherModels />, { wrapper: SettledScenario });
  await user.click(screen.getByText('What would other models cost for this prompt?'));
  const table = await screen.findByRole(
    'table',
    { name: 'Cost of A with other API models' },
    { timeout: 10_000 },
  );
  // The full catalog arrives after the curated models: wait for a model only it has.
  await screen.findByText(/^\d{1,3}(,\d{3})+ models\./, undefined, { timeout: 10_000 });
  /** The model rows as shown now (the header row left out). */
  const rows = () => within(table).getAllByRole('row').slice(1);
  return { user, table, rows };
}

const costOf = (row: HTMLElement) =>
  Number((within(row).getAllByRole('cell')[1]?.textContent ?? '').replace(/[$,]/g, ''));

describe('what other models would cost', () => {
  it(
    'lists over a thousand models, cheapest first, and sorts on request',
    { timeout: 60_000 },
    async () => {
      const { user, table, rows } = await openTable();
      const costs = rows().map(costOf);
      expect(costs).toEqual([...costs].sort((a, b) => a - b));
      // Three significant digits on every row under a dollar, as in the key figures: "$0.0000380"
      // beside "$0.0000205", where two decimals of a cent would read "$0.000038" and "$0.01".
      for (const row of rows()) {
        const text = within(row).getAllByRole('cell')[1]?.textContent ?? '';
        if (costOf(row) > 0 && costOf(row) < 1)
          expect(text.replace(/^\$0\.0*/, ''), text).toMatch(/^[1-9]\d{2}$/);
      }
      const perRequest = within(table).getByRole('columnheader', { name: 'Per request' });
      expect(perRequest).toHaveAttribute('aria-sort', 'ascending');
      await user.click(within(perRequest).getByRole('button'));
      expect(perRequest).toHaveAttribute('aria-sort', 'descending');
      const descending = rows().map(costOf);
      expect(descending).toEqual([...descending].sort((a, b) => b - a));
    },
  );

  it('filters by provider and makes a model A in one click', { timeout: 60_000 }, async () => {
    const { user, table, rows } = await openTable();
    await user.selectOptions(screen.getByLabelText('Provider'), 'AWS Bedrock');
    // Model names are not words to correct.
    expect(screen.getByRole('searchbox', { name: 'Name' })).toHaveAttribute('spellcheck', 'false');
    expect(rows().length).toBeGreaterThan(10);
    for (const row of rows())
      expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('AWS Bedrock');
    const button = within(rows()[0]!).getByRole('button', { name: /^Use .* as A$/ });
    await user.click(button);
    const chosen = findApiModel(useStore.getState().selection.apiModelId);
    expect(chosen?.provider).toBe('AWS Bedrock');
    expect(useStore.getState().scenario.apiInputPrice).toBe(chosen?.inputPrice);
    expect(within(table).getByText('Current A')).toBeVisible();
  });

  it('narrows the rows to the models found by the typed words', { timeout: 60_000 }, async () => {
    const { user, rows } = await openTable();
    const counted = () =>
      Number(
        /^([\d,]+) models\./
          .exec(screen.getByText(/^[\d,]+ models\./).textContent ?? '')?.[1]
          ?.replace(/,/g, ''),
      );
    const all = counted();
    const box = screen.getByRole('searchbox', { name: 'Name' });
    await user.type(box, 'claude');
    expect(box).toHaveValue('claude');
    // The rows wait for the typing to pause (they would be redrawn at every key), and say so.
    const scroller = screen.getByRole('table').parentElement;
    expect(scroller).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(counted()).toBeLessThan(all / 5));
    expect(scroller).not.toHaveAttribute('aria-busy');
    expect(rows().length).toBeGreaterThan(0);
    for (const row of rows()) {
      const name = within(row).getByRole('rowheader').textContent ?? '';
      expect(name).toMatch(/claude/i);
    }
    expect(counted()).toBeGreaterThanOrEqual(rows().length);
    await user.clear(box);
    await waitFor(() => expect(counted()).toBe(all));
  });

  it(
    'draws the twenty cheapest first, and twenty more on request',
    { timeout: 60_000 },
    async () => {
      const { user, rows } = await openTable();
      expect(rows()).toHaveLength(20);
      const first = rows().map(costOf);
      await user.click(screen.getByRole('button', { name: 'Show 20 more' }));
      expect(rows()).toHaveLength(40);
      // The same twenty on top, then the next cheapest.
      const more = rows().map(costOf);
      expect(more.slice(0, 20)).toEqual(first);
      expect(Math.min(...more.slice(20))).toBeGreaterThanOrEqual(Math.max(...first));
      // A filter with fewer matches than a page: every match shown, no button.
      await user.type(screen.getByRole('searchbox', { name: 'Name' }), 'claude 3 opus');
      await waitFor(() => expect(rows().length).toBeLessThan(40));
      expect(rows().length).toBeGreaterThan(0);
      expect(rows().length).toBeLessThanOrEqual(20);
      expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
    },
  );
});
