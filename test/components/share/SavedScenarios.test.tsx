import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import SavedList from '../../../src/components/share/SavedList.tsx';
import { SavedScenarios } from '../../../src/components/share/SavedScenarios.tsx';
import { SAVED_BACKUP_KEY, SAVED_STORAGE_KEY, useSharing } from '../../../src/state/saved.ts';
import { initialInputs, useStore } from '../../../src/state/store.ts';
import { decodeInputs, encodeInputs } from '../../../src/url/inputs.ts';
import { resetStores } from './helpers.ts';

beforeEach(resetStores);

function saveScenario(name: string, requestsPerDay: number) {
  const inputs = initialInputs();
  const query = encodeInputs({
    ...inputs,
    name,
    scenario: { ...inputs.scenario, requestsPerDay },
  });
  useSharing.getState().save(name, query);
}

describe('SavedScenarios', () => {
  it('loads its list after the first paint', async () => {
    saveScenario('Later', 1);
    render(<SavedScenarios />);
    expect(screen.getByRole('heading', { name: 'Saved scenarios' })).toBeVisible();
    expect(await screen.findByText('Later')).toBeVisible();
  });

  it('lists, opens, renames and deletes saved scenarios', async () => {
    saveScenario('Low volume', 500);
    saveScenario('High volume', 500_000);
    render(<SavedList />);
    expect(
      screen.getAllByRole('listitem').map((li) => li.querySelector('.saved-name')?.textContent),
    ).toEqual(['Low volume', 'High volume']);

    await userEvent.click(screen.getByRole('button', { name: 'Open “High volume”' }));
    expect(useStore.getState().scenario.requestsPerDay).toBe(500_000);
    expect(useStore.getState().name).toBe('High volume');

    await userEvent.click(screen.getByRole('button', { name: 'Rename “Low volume”' }));
    const box = screen.getByRole('textbox', { name: 'New name for “Low volume”' });
    await userEvent.clear(box);
    await userEvent.type(box, 'Pilot{Enter}');
    expect(screen.getByRole('button', { name: 'Open “Pilot”' })).toBeVisible();
    const renamed = useSharing.getState().saved[0];
    expect(decodeInputs(renamed?.query ?? '').current.name).toBe('Pilot');

    await userEvent.click(screen.getByRole('button', { name: 'Delete “Pilot”' }));
    expect(screen.queryByRole('button', { name: 'Open “Pilot”' })).toBeNull();
    expect(JSON.parse(localStorage.getItem(SAVED_STORAGE_KEY) ?? '{}').scenarios).toHaveLength(1);
  });

  it('survives a reload: the list is read back from storage', () => {
    saveScenario('Kept', 42);
    useSharing.setState({ saved: [] });
    useSharing.getState().hydrate();
    render(<SavedList />);
    expect(screen.getByText('Kept')).toBeVisible();
  });

  it('ignores corrupted storage with a notice, never a blank page', async () => {
    localStorage.setItem(SAVED_STORAGE_KEY, '{not json');
    useSharing.getState().hydrate();
    render(<SavedList />);
    expect(screen.getByText(/could not be read/)).toBeVisible();
    expect(screen.getByText(/Nothing saved yet/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/could not be read/)).toBeNull();
    // The first save keeps a copy of what could not be read.
    saveScenario('New', 1);
    expect(localStorage.getItem(SAVED_BACKUP_KEY)).toBe('{not json');
  });

  it('skips foreign entries and keeps the good ones', () => {
    const good = { id: 'a', name: 'Good', query: 'v=1&rpd=7', savedAt: '2026-01-01T00:00:00Z' };
    localStorage.setItem(
      SAVED_STORAGE_KEY,
      JSON.stringify({
        format: 1,
        scenarios: [good, { id: 5 }, null, 'text', { ...good, name: 'x'.repeat(500) }, good],
      }),
    );
    useSharing.getState().hydrate();
    render(<SavedList />);
    expect(screen.getByText('Good')).toBeVisible();
    expect(screen.getByText('5 saved scenarios could not be read and were skipped.')).toBeVisible();
  });

  it.each([
    ['another app’s data', JSON.stringify({ theme: 'dark' })],
    ['a newer storage format', JSON.stringify({ format: 2, scenarios: [] })],
    ['a bare list', JSON.stringify([1, 2, 3])],
    ['null', 'null'],
  ])('treats %s as unreadable', (_, raw) => {
    localStorage.setItem(SAVED_STORAGE_KEY, raw);
    useSharing.getState().hydrate();
    render(<SavedList />);
    expect(screen.getByText(/could not be read/)).toBeVisible();
  });

  it('opens a damaged saved link with everything valid kept and a notice', async () => {
    useSharing.getState().save('Damaged', 'v=1&rpd=-4&mo=30');
    render(<SavedList />);
    await userEvent.click(screen.getByRole('button', { name: 'Open “Damaged”' }));
    expect(useStore.getState().scenario.horizonMonths).toBe(30);
    const problems = useSharing.getState().linkProblems;
    expect(problems.map((p) => p.field)).toEqual(['requestsPerDay']);
    expect(problems[0]?.message).toMatch(/^Saved scenario “Damaged”: Requests per day/);
    expect(within(screen.getByRole('list')).getByText('Damaged')).toBeVisible();
  });
});
