import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NumberSlider } from '../../src/components/NumberSlider.tsx';
import { useStore } from '../../src/state/store.ts';

// This file's module instance starts without the number reader: it loads on demand.
describe('a number box whose reader is still loading', () => {
  it('reads the newest text as soon as the reader arrives', async () => {
    render(<NumberSlider field="requestsPerDay" />);
    const box = screen.getByRole('textbox', { name: 'Requests per day (requests/day)' });
    fireEvent.change(box, { target: { value: '5' } });
    fireEvent.change(box, { target: { value: '5k' } });
    expect(box).toHaveValue('5k');
    await waitFor(() => expect(useStore.getState().scenario.requestsPerDay).toBe(5000));
    // Later keystrokes are read at once.
    fireEvent.change(box, { target: { value: '1.5M' } });
    expect(useStore.getState().scenario.requestsPerDay).toBe(1_500_000);
  });
});
