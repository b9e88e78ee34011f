import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { NumberSlider } from '../../src/components/NumberSlider.tsx';
import { loadNumberReader } from '../../src/components/number-reader.ts';
import { formatFieldValue } from '../../src/model/field-format.ts';
import { fieldByKey } from '../../src/model/scenario.ts';
import { useStore } from '../../src/state/store.ts';
import { TYPED } from '../model/typed-numbers.ts';

// The reader loads on a box's first focus; here it is loaded up front (number-reader.test.tsx
// covers a keystroke that arrives before it).
beforeAll(async () => {
  await loadNumberReader();
});

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

  it('moves the thumb to a value set anywhere else: the box, or the store (a preset, Reset)', async () => {
    const user = userEvent.setup();
    render(<NumberSlider field="requestsPerDay" />);
    const slider = screen.getByRole('slider', { name: 'Requests per day' });
    expect(slider).toHaveValue('500');
    const box = screen.getByRole('textbox', { name: 'Requests per day (requests/day)' });
    await user.clear(box);
    await user.type(box, '100');
    expect(slider).toHaveValue('167');
    // Beyond the slider's range, the thumb waits at its end.
    await user.clear(box);
    await user.type(box, '50,000,000');
    expect(slider).toHaveValue('1000');
    act(() => useStore.getState().setNumber('requestsPerDay', 10_000));
    expect(slider).toHaveValue('500');
    expect(slider).toHaveAttribute('aria-valuetext', '10,000 requests/day');
  });

  it('refuses an out-of-range value with a message and keeps the last valid one', async () => {
    const user = userEvent.setup();
    render(<NumberSlider field="requestsPerDay" />);
    const box = screen.getByRole('textbox', { name: 'Requests per day (requests/day)' });
    await user.clear(box);
    await user.type(box, '-5');
    expect(screen.getByRole('alert')).toHaveTextContent(
      '“-5” is outside the valid range: 0 requests/day to 100M requests/day. Keeping 10,000 requests/day.',
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

  it('reads "5k" as 5,000, and says so in the verdict\'s terms', async () => {
    const user = userEvent.setup();
    render(<NumberSlider field="requestsPerDay" />);
    const box = screen.getByRole('textbox', { name: 'Requests per day (requests/day)' });
    await user.clear(box);
    await user.type(box, '5k');
    await user.tab();
    expect(useStore.getState().scenario.requestsPerDay).toBe(5000);
    expect(box).toHaveValue('5000');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts an unreadable entry back to the value before typing began, and keeps saying so', async () => {
    const user = userEvent.setup();
    render(<NumberSlider field="requestsPerDay" />);
    const box = screen.getByRole('textbox', { name: 'Requests per day (requests/day)' });
    await user.clear(box);
    // "5" alone is a number; "5x" is not, and must not leave 5 behind.
    await user.type(box, '5x');
    await user.tab();
    expect(useStore.getState().scenario.requestsPerDay).toBe(10_000);
    expect(box).toHaveValue('10000');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Could not read “5x” as a number. Try 5000, 5k, 1.5M or 2.5e3. Keeping 10,000 requests/day.',
    );
    // The next edit replaces the message.
    await user.clear(box);
    await user.type(box, '2.5e3');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(useStore.getState().scenario.requestsPerDay).toBe(2500);
  });

  it('hides a stale message when the value changes some other way', async () => {
    const user = userEvent.setup();
    render(<NumberSlider field="requestsPerDay" />);
    const box = screen.getByRole('textbox', { name: 'Requests per day (requests/day)' });
    await user.clear(box);
    await user.type(box, 'lots');
    await user.tab();
    expect(screen.getByRole('alert')).toBeInTheDocument();
    act(() => useStore.getState().setNumber('requestsPerDay', 300));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tells how it adjusted a value it used', async () => {
    const user = userEvent.setup();
    render(<NumberSlider field="horizonMonths" />);
    const box = screen.getByRole('textbox', { name: 'Time horizon (months)' });
    await user.clear(box);
    await user.type(box, '12.4');
    await user.tab();
    expect(useStore.getState().scenario.horizonMonths).toBe(12);
    expect(screen.getByText('Using 12 months: this field takes whole numbers.')).toHaveAttribute(
      'role',
      'status',
    );
  });

  describe('a table of what people type and what it becomes', () => {
    for (const [key, text, expected] of TYPED) {
      it(`${key}: ${JSON.stringify(text)} → ${expected ?? 'refused'}`, () => {
        render(<NumberSlider field={key} />);
        const field = fieldByKey(key);
        const before = useStore.getState().scenario[key];
        const box = screen.getByRole('textbox', { name: new RegExp(`^${field.label} \\(`) });
        fireEvent.focus(box);
        fireEvent.change(box, { target: { value: text } });
        fireEvent.blur(box);
        const stored = useStore.getState().scenario[key];
        const slider = screen.getByRole('slider', { name: field.label });
        if (expected === null) {
          expect(stored).toBe(before);
          expect(screen.getByRole('alert')).toHaveTextContent(
            `Keeping ${formatFieldValue(field, before)}.`,
          );
        } else {
          expect(stored).toBe(expected);
          expect(slider).toHaveAttribute('aria-valuetext', formatFieldValue(field, expected));
          expect(screen.queryByRole('alert')).not.toBeInTheDocument();
        }
      });
    }
  });
});
