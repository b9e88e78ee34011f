import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NumberSlider } from '../../src/components/NumberSlider.tsx';
import { useStore } from '../../src/state/store.ts';

describe('NumberSlider', () => {
  it('shows the value with its unit and moves on a logarithmic scale', () => {
    render(<NumberSlider field="requestsPerDay" />);
    const slider = screen.getByRole('slider', { name: 'Requests per day' });
    expect(slider).toHaveAttribute('aria-valuetext', '10,000 requests/day');
    fireEvent.change(slider, { target: { value: '1000' } });
    expect(useStore.getState().scenario.requestsPerDay).toBe(10_000_000);
    expect(slider).toHaveAttribute('aria-valuetext', '10M requests/day');
    fireEvent.change(slider, { target: { value: '0' } });
    expect(useStore.getState().scenario.requestsPerDay).toBe(10);
    // Halfway on a log scale from 10 to 10M is ~10,000: a round number, not 9,999.99.
    fireEvent.change(slider, { target: { value: '500' } });
    expect(useStore.getState().scenario.requestsPerDay).toBe(10_000);
  });

  it('accepts a typed value, including one beyond the slider but inside the valid range', async () => {
    const user = userEvent.setup();
    render(<NumberSlider field="requestsPerDay" />);
    const box = screen.getByRole('textbox', { name: 'Requests per day (requests/day)' });
    await user.clear(box);
    await user.type(box, '50,000,000');
    expect(useStore.getState().scenario.requestsPerDay).toBe(50_000_000);
    expect(screen.getByRole('slider', { name: 'Requests per day' })).toHaveAttribute(
      'aria-valuetext',
      '50M requests/day',
    );
  });

  it('refuses an out-of-range value with a message and keeps the last valid one', async () => {
    const user = userEvent.setup();
    render(<NumberSlider field="requestsPerDay" />);
    const box = screen.getByRole('textbox', { name: 'Requests per day (requests/day)' });
    await user.clear(box);
    await user.type(box, '-5');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Must be between 0 requests/day and 100M requests/day. Keeping 10,000 requests/day.',
    );
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(useStore.getState().scenario.requestsPerDay).toBe(10_000);
  });

  it('shows and stores percentages as fractions', async () => {
    const user = userEvent.setup();
    render(<NumberSlider field="cacheHitRate" />);
    const box = screen.getByRole('textbox', { name: /cache hit rate/i });
    expect(box).toHaveValue('80');
    await user.clear(box);
    await user.type(box, '95');
    expect(useStore.getState().scenario.cacheHitRate).toBe(0.95);
    expect(screen.getByRole('slider', { name: /cache hit rate/i })).toHaveAttribute(
      'aria-valuetext',
      '95%',
    );
  });

  it('marks an edited catalog price and resets it to the catalog value', async () => {
    const user = userEvent.setup();
    render(<NumberSlider field="apiOutputPrice" />);
    const catalogValue = useStore.getState().scenario.apiOutputPrice;
    expect(screen.queryByText('Edited')).not.toBeInTheDocument();
    expect(screen.getByText(/genai-prices/)).toBeInTheDocument();
    const box = screen.getByRole('textbox', { name: /output price/i });
    await user.clear(box);
    await user.type(box, '99');
    expect(screen.getByText('Edited')).toBeVisible();
    expect(useStore.getState().overrides).toContain('apiOutputPrice');
    await user.click(screen.getByRole('button', { name: 'Reset to catalog' }));
    expect(useStore.getState().scenario.apiOutputPrice).toBe(catalogValue);
    expect(screen.queryByText('Edited')).not.toBeInTheDocument();
  });
});
