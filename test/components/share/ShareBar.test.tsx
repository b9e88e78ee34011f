import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ShareBar } from '../../../src/components/share/ShareBar.tsx';
import { useSharing } from '../../../src/state/sharing.ts';
import { SAVED_KEY_PREFIX } from '../../../src/state/saved-records.ts';
import { initialInputs, useStore } from '../../../src/state/store.ts';
import { decodeLink } from '../../../src/url/link.ts';
import { reloadSavedLibrary, setClipboard } from './helpers.ts';

beforeEach(reloadSavedLibrary);

describe('ShareBar', () => {
  it('names the scenario, at most 80 characters', async () => {
    render(<ShareBar />);
    const box = screen.getByRole('textbox', { name: 'Scenario name' });
    expect(box).toHaveAttribute('maxLength', '80');
    await userEvent.type(box, 'Support bot');
    expect(useStore.getState().name).toBe('Support bot');
  });

  it('copies a link that reproduces the scenario and confirms it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    useStore.getState().setNumber('requestsPerDay', 12_345);
    useStore.getState().setName('Mine');
    render(<ShareBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const url = new URL(String(writeText.mock.calls[0]?.[0]));
    expect(url.origin + url.pathname).toBe(window.location.origin + window.location.pathname);
    const decoded = decodeLink(url.search);
    expect(decoded.problems).toEqual([]);
    expect(decoded.current.scenario.requestsPerDay).toBe(12_345);
    expect(decoded.current.name).toBe('Mine');
    expect(await screen.findByText(/link copied/i)).toBeVisible();
  });

  it('falls back to a selected link box when the clipboard is unavailable', async () => {
    setClipboard(undefined);
    render(<ShareBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const box = await screen.findByRole('textbox', { name: 'Link to copy' });
    expect((box as HTMLInputElement).value).toMatch(/\?v=1&/);
    expect(box).toHaveFocus();
    expect(screen.getByText(/press Ctrl\+C/)).toBeVisible();
  });

  it('falls back too when the browser refuses permission', async () => {
    setClipboard({ writeText: vi.fn().mockRejectedValue(new DOMException('denied')) });
    render(<ShareBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('textbox', { name: 'Link to copy' })).toBeVisible();
  });

  it('saves under the scenario name, and names an unnamed one', async () => {
    render(<ShareBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(useSharing.getState().saved.map((s) => s.name)).toEqual(['Scenario 1']);
    expect(useStore.getState().name).toBe('Scenario 1');
    expect(screen.getByText('Saved “Scenario 1”.')).toBeVisible();

    useStore.getState().setNumber('requestsPerDay', 99);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const saved = useSharing.getState().saved;
    expect(saved).toHaveLength(1); // same name: updated, not duplicated
    expect(decodeLink(saved[0]?.query ?? '').current.scenario.requestsPerDay).toBe(99);
    const id = saved[0]?.id ?? '';
    expect(localStorage.getItem(SAVED_KEY_PREFIX + id)).toContain('rpd=99');
  });

  it('saves on Enter in the name box, under the typed name', async () => {
    render(<ShareBar />);
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Scenario name' }),
      'Launch plan{Enter}',
    );
    expect(await screen.findByText('Saved “Launch plan”.')).toBeVisible();
    expect(useSharing.getState().saved.map((s) => s.name)).toEqual(['Launch plan']);
  });

  it('saves what the page showed at the click, even when the user goes on before it is stored', async () => {
    useStore.getState().setNumber('requestsPerDay', 1000);
    useStore.getState().setName('Small');
    render(<ShareBar />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    // The next scenario, begun before the saving code has answered.
    useStore.getState().setNumber('requestsPerDay', 500_000);
    useStore.getState().setName('Big');
    expect(await screen.findByText('Saved “Small”.')).toBeVisible();
    const saved = useSharing.getState().saved;
    expect(saved.map((s) => s.name)).toEqual(['Small']);
    expect(decodeLink(`?${saved[0]?.query}`).current.scenario.requestsPerDay).toBe(1000);
    expect(useStore.getState().name).toBe('Big');
  });

  it('says so when storage is full, and loses nothing saved before', async () => {
    useStore.getState().setName('Small one');
    render(<ShareBar />);
    const save = screen.getByRole('button', { name: 'Save' });
    await userEvent.click(save);
    await screen.findByText('Saved “Small one”.');
    const before = { ...localStorage };

    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    useStore.getState().setName('Big one');
    await userEvent.click(save);
    expect(await screen.findByText(/for this visit only/)).toBeVisible();
    expect(useSharing.getState().saved.map((s) => s.name)).toEqual(['Small one', 'Big one']);
    expect(useSharing.getState().storageNotice).toMatch(
      /“Big one” could not be stored .*storage is full.*nothing saved before was lost/,
    );
    expect({ ...localStorage }).toEqual(before);
  });

  it('resets to the defaults and closes a comparison', async () => {
    useStore.getState().setNumber('requestsPerDay', 99);
    useStore.getState().setName('Something');
    useSharing.getState().setCompare({ left: null, right: initialInputs() });
    useSharing.getState().setLinkProblems([{ field: 'x', message: 'y' }]);
    render(<ShareBar />);
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    const { scenario, selection, overrides, name } = useStore.getState();
    expect({ scenario, selection, overrides, name }).toEqual(initialInputs());
    expect(useSharing.getState().compare).toBeNull();
    expect(useSharing.getState().linkProblems).toEqual([]);
    await waitFor(() => expect(screen.getByText('Back to the defaults.')).toBeVisible());
  });
});
