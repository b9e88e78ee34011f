import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import SavedList from '../../../src/components/share/SavedList.tsx';
import { SavedScenarios } from '../../../src/components/share/SavedScenarios.tsx';
import { useSharing } from '../../../src/state/sharing.ts';
import {
  LEGACY_BACKUP_KEY,
  LEGACY_LIST_KEY,
  SAVED_KEY_PREFIX,
} from '../../../src/state/saved-records.ts';
import { savedScenarios, startSavedScenarios } from '../../../src/state/saved-storage.ts';
import { initialInputs, useStore } from '../../../src/state/store.ts';
import { decodeLink, encodeLink } from '../../../src/url/link.ts';
import { reloadSavedLibrary } from './helpers.ts';

beforeEach(reloadSavedLibrary);

function saveScenario(name: string, requestsPerDay: number) {
  const inputs = initialInputs();
  const query = encodeLink({
    ...inputs,
    name,
    scenario: { ...inputs.scenario, requestsPerDay },
  });
  return savedScenarios.save(name, query);
}

const savedKeys = () => Object.keys(localStorage).filter((key) => key.startsWith(SAVED_KEY_PREFIX));
/** The names listed, read from their Open buttons. */
const shownNames = () =>
  screen
    .queryAllByRole('button', { name: /^Open “/ })
    .map((button) => button.getAttribute('aria-label')?.slice(6, -1));

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
    expect(shownNames()).toEqual(['Low volume', 'High volume']);

    await userEvent.click(screen.getByRole('button', { name: 'Open “High volume”' }));
    expect(useStore.getState().scenario.requestsPerDay).toBe(500_000);
    expect(useStore.getState().name).toBe('High volume');

    await userEvent.click(screen.getByRole('button', { name: 'Rename “Low volume”' }));
    const box = screen.getByRole('textbox', { name: 'New name for “Low volume”' });
    await userEvent.clear(box);
    await userEvent.type(box, 'Pilot{Enter}');
    expect(screen.getByRole('button', { name: 'Open “Pilot”' })).toBeVisible();
    const renamed = useSharing.getState().saved[0];
    expect(decodeLink(renamed?.query ?? '').current.name).toBe('Pilot');

    await userEvent.click(screen.getByRole('button', { name: 'Delete “Pilot”' }));
    expect(screen.queryByRole('button', { name: 'Open “Pilot”' })).toBeNull();
    expect(savedKeys()).toHaveLength(1);
  }, 20_000); // types and clicks like a user: slow on a busy machine

  it('survives a reload: the list is read back from storage, in the order saved', () => {
    saveScenario('Kept', 42);
    saveScenario('Also kept', 43);
    act(() => savedScenarios.reload());
    render(<SavedList />);
    expect(shownNames()).toEqual(['Kept', 'Also kept']);
  });

  it('moves a list stored by the previous version to one key per scenario', () => {
    const entry = (id: string, name: string) => ({
      id,
      name,
      query: 'v=1&rpd=7',
      savedAt: '2026-01-01T00:00:00Z',
    });
    localStorage.setItem(
      LEGACY_LIST_KEY,
      JSON.stringify({ format: 1, scenarios: [entry('m1', 'First'), entry('m2', 'Second')] }),
    );
    act(() => savedScenarios.reload());
    render(<SavedList />);
    expect(shownNames()).toEqual(['First', 'Second']);
    expect(savedKeys().sort()).toEqual([`${SAVED_KEY_PREFIX}m1`, `${SAVED_KEY_PREFIX}m2`]);
    expect(localStorage.getItem(LEGACY_LIST_KEY)).toBeNull();
  });

  it('shows unreadable data, keeps it through saves, and clears it only when asked', async () => {
    localStorage.setItem(LEGACY_LIST_KEY, '{not json');
    localStorage.setItem(LEGACY_BACKUP_KEY, '{broken-1}');
    act(() => savedScenarios.reload());
    render(<SavedList />);
    expect(screen.getByText(/could not be read \(2 items\)/)).toBeVisible();
    expect(screen.getByText(/Nothing saved yet/)).toBeVisible();
    // A second unreadable episode: new saves never overwrite what could not be read.
    act(() => void saveScenario('New', 1));
    act(() => void saveScenario('Newer', 2));
    expect(localStorage.getItem(LEGACY_LIST_KEY)).toBe('{not json');
    expect(localStorage.getItem(LEGACY_BACKUP_KEY)).toBe('{broken-1}');

    // Clearing is offered only after the data is shown.
    expect(screen.queryByRole('button', { name: 'Clear the unreadable data' })).not.toBeVisible();
    await userEvent.click(screen.getByText(/Show the data that could not be read/));
    expect(screen.getByText('{not json')).toBeVisible();
    expect(screen.getByText('{broken-1}')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Clear the unreadable data' }));
    expect(localStorage.getItem(LEGACY_LIST_KEY)).toBeNull();
    expect(localStorage.getItem(LEGACY_BACKUP_KEY)).toBeNull();
    expect(screen.queryByText(/could not be read/)).toBeNull();
    expect(shownNames()).toEqual(['New', 'Newer']);
  });

  it('saves beside a 3.1 million character corrupt blob (the backup copy no longer blocks)', () => {
    localStorage.setItem(LEGACY_LIST_KEY, `{${'z'.repeat(3_100_000)}`);
    act(() => savedScenarios.reload());
    render(<SavedList />);
    expect(screen.getByText(/Show the data.*3,100,001 characters/)).toBeInTheDocument();
    let outcome: ReturnType<typeof saveScenario> | undefined;
    act(() => void (outcome = saveScenario('Still works', 5)));
    expect(outcome?.stored).toBe(true);
    act(() => savedScenarios.reload());
    expect(shownNames()).toEqual(['Still works']);
  });

  it('keeps the good entries of a damaged old list and shows the rest as unreadable', () => {
    const good = { id: 'a', name: 'Good', query: 'v=1&rpd=7', savedAt: '2026-01-01T00:00:00Z' };
    localStorage.setItem(
      LEGACY_LIST_KEY,
      JSON.stringify({
        format: 1,
        scenarios: [good, { id: 5 }, null, 'text', { ...good, name: 'x'.repeat(500) }, good],
      }),
    );
    act(() => savedScenarios.reload());
    render(<SavedList />);
    expect(shownNames()).toEqual(['Good']);
    expect(screen.getByText(/could not be read \(1 item\)/)).toBeVisible();
    // Only the five unreadable entries stay under the old key; reading again adds nothing.
    expect(JSON.parse(localStorage.getItem(LEGACY_LIST_KEY) ?? '').scenarios).toHaveLength(5);
    act(() => savedScenarios.reload());
    expect(shownNames()).toEqual(['Good']);
  });

  it.each([
    ['another app’s data', JSON.stringify({ theme: 'dark' })],
    ['a newer storage format', JSON.stringify({ format: 2, scenarios: [] })],
    ['a bare list', JSON.stringify([1, 2, 3])],
    ['null', 'null'],
  ])('treats %s as unreadable', (_, raw) => {
    localStorage.setItem(LEGACY_LIST_KEY, raw);
    act(() => savedScenarios.reload());
    render(<SavedList />);
    expect(screen.getByText(/could not be read \(1 item\)/)).toBeVisible();
  });

  it('ignores prototype keys in stored data', () => {
    const hostile =
      '{"format":1,"id":"__proto__","name":"P","query":"v=1","savedAt":"x","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}';
    localStorage.setItem(`${SAVED_KEY_PREFIX}__proto__`, hostile);
    localStorage.setItem(
      LEGACY_LIST_KEY,
      '{"format":1,"scenarios":[{"id":"constructor","name":"C","query":"v=1","savedAt":"x","__proto__":{"polluted":1}}],"__proto__":{"polluted":1}}',
    );
    act(() => savedScenarios.reload());
    render(<SavedList />);
    expect(shownNames().sort()).toEqual(['C', 'P']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(useSharing.getState().saved.every((e) => Object.keys(e).length === 4)).toBe(true);
  });

  it('keeps a scenario it could not store when another tab writes', () => {
    saveScenario('Stored', 1);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    act(() => void saveScenario('Not stored', 2));
    setItem.mockRestore();
    render(<SavedList />);
    expect(screen.getByText(/“Not stored” could not be stored/)).toBeVisible();
    // Another tab saves: the storage event merges its entry and drops nothing.
    const other = { format: 1, id: 'zz-other', name: 'Other tab', query: 'v=1', savedAt: 'x' };
    const key = `${SAVED_KEY_PREFIX}zz-other`;
    localStorage.setItem(key, JSON.stringify(other));
    startSavedScenarios(window);
    act(
      () =>
        void window.dispatchEvent(
          new StorageEvent('storage', { key, newValue: JSON.stringify(other) }),
        ),
    );
    expect(shownNames()).toEqual(['Stored', 'Not stored', 'Other tab']);
    // The next save that succeeds stores the waiting one too.
    act(() => void saveScenario('Later', 3));
    act(() => savedScenarios.reload());
    expect(shownNames().sort()).toEqual(['Later', 'Not stored', 'Other tab', 'Stored']);
  });

  it('shows a long list in pages of 50', async () => {
    const saved = Array.from({ length: 40_000 }, (_, i) => ({
      id: `id${String(i).padStart(6, '0')}`,
      name: `Scenario ${i + 1}`,
      query: 'v=1',
      savedAt: '2026-01-01T00:00:00Z',
    }));
    useSharing.setState({ saved });
    render(<SavedList />);
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
    const pages = screen.getByRole('navigation', { name: 'Pages of saved scenarios' });
    expect(pages).toHaveTextContent('1–50 of 40,000 saved scenarios');
    expect(within(pages).getByRole('button', { name: 'Previous' })).toBeDisabled();
    await userEvent.click(within(pages).getByRole('button', { name: 'Next' }));
    expect(pages).toHaveTextContent('51–100 of 40,000 saved scenarios');
    expect(shownNames()[0]).toBe('Scenario 51');
  }, 30_000); // building 40,000 entries is slow on a busy machine; rendering them is not

  it('opens a damaged saved link with everything valid kept and a notice', async () => {
    savedScenarios.save('Damaged', 'v=1&rpd=-4&mo=30');
    render(<SavedList />);
    await userEvent.click(screen.getByRole('button', { name: 'Open “Damaged”' }));
    expect(useStore.getState().scenario.horizonMonths).toBe(30);
    const problems = useSharing.getState().linkProblems;
    expect(problems.map((p) => p.field)).toEqual(['requestsPerDay']);
    expect(problems[0]?.message).toMatch(/^Saved scenario “Damaged”: Requests per day/);
    expect(within(screen.getByRole('list')).getByText('Damaged')).toBeVisible();
  });
});
