import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ApiModelSearch from '../../src/components/ApiModelSearch.tsx';
import { apiModel } from '../../src/catalog/api-models.ts';

describe('searching every API model', () => {
  it('narrows the list as you type, and Enter picks the first match of what was typed', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    render(<ApiModelSearch currentId="" onPick={onPick} />);
    await screen.findByText(/models match/, {}, { timeout: 20_000 });
    const box = screen.getByRole('combobox', { name: 'Search all API models' });
    await user.type(box, 'flash');
    expect(box).toHaveValue('flash');
    const list = screen.getByRole('listbox', { name: 'API models' });
    // The list waits for the typing to pause (it would be redrawn at every key), and says so.
    expect(list).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(list).not.toHaveAttribute('aria-busy'));
    const options = within(list).getAllByRole('option');
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(option).toHaveTextContent(/flash/i);
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledTimes(1);
    const picked = String(onPick.mock.calls[0]?.[0]);
    expect(options[0]?.textContent).toContain(apiModel(picked).name);
  });

  it('does not spell-check model names (no red underlines under "llama", "deepseek")', async () => {
    render(<ApiModelSearch currentId="" onPick={() => undefined} />);
    const box = screen.getByRole('combobox', { name: 'Search all API models' });
    expect(box).toHaveAttribute('spellcheck', 'false');
    await screen.findByText(/models match/, {}, { timeout: 20_000 });
  });
});
