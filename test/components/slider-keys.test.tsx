/**
 * Every slider moves by at least one visible step per arrow key, at every value, both ways — the
 * volume slider at 10,000 requests/day once ignored ArrowRight (its log position moved by one and
 * rounded back to 10,000). Checked on every numeric field at positions across its whole valid
 * range, including values only the number box can reach.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NumberSlider } from '../../src/components/NumberSlider.tsx';
import { NUMERIC_FIELDS, type NumericField } from '../../src/model/scenario.ts';
import { useStore } from '../../src/state/store.ts';

/** Values across the field's range: its ends, default and slider ends, and a log-spread in between. */
function positions(field: NumericField): number[] {
  const lo = field.sliderMin ?? field.min;
  const hi = field.sliderMax ?? field.max;
  const values = [field.min, field.max, field.default, lo, hi, (lo + hi) / 2, 10_000, 1, 0.5];
  const spread = [1, 1.05, 3.3333, 9.95];
  for (let exponent = -3; exponent <= 8; exponent += 1) {
    for (const mantissa of spread) values.push(Number((mantissa * 10 ** exponent).toPrecision(6)));
  }
  // Values just beside a round value, as typing leaves them ($150.004, 80.5 %).
  values.push(hi * 0.99999, lo * 1.00001, field.default * 1.0004);
  const inRange = values
    .map((v) => (field.integer ? Math.round(v) : v))
    .filter((v) => v >= field.min && v <= field.max);
  return [...new Set(inRange)];
}

const UP = ['ArrowRight', 'ArrowUp'];
const DOWN = ['ArrowLeft', 'ArrowDown'];

describe('arrow keys on every slider', () => {
  for (const field of NUMERIC_FIELDS) {
    it(`${field.label}: one visible step each way at ${positions(field).length} positions`, () => {
      render(<NumberSlider field={field.key} />);
      const slider = screen.getByRole('slider', { name: field.label });
      for (const start of positions(field)) {
        for (const key of [...UP, ...DOWN]) {
          act(() => useStore.getState().setNumber(field.key, start));
          const textBefore = slider.getAttribute('aria-valuetext');
          fireEvent.keyDown(slider, { key });
          const after = useStore.getState().scenario[field.key];
          const up = UP.includes(key);
          const atEnd = up ? start === field.max : start === field.min;
          const where = `${key} from ${start}`;
          if (atEnd) {
            expect(after, where).toBe(start);
            continue;
          }
          expect(up ? after > start : after < start, `${where} went to ${after}`).toBe(true);
          expect(after, where).toBeGreaterThanOrEqual(field.min);
          expect(after, where).toBeLessThanOrEqual(field.max);
          // At the range's end a last small step may round to the same text; elsewhere never.
          if (after !== field.min && after !== field.max) {
            expect(slider.getAttribute('aria-valuetext'), where).not.toBe(textBefore);
          }
          // Fine control on log sliders: from 10 steps up, a tenth, or the next value the display can show (1.05M reads "1.1M", so it moves to 1.2M).
          if (field.scale === 'log' && start >= 10 * field.step && after !== field.max) {
            const ratio = up ? after / start : start / after;
            expect(ratio, where).toBeLessThanOrEqual(1.15);
          }
        }
      }
      // Hundreds of renders: generous, so that a busy machine cannot fail it.
    }, 60_000);
  }

  it('the volume slider steps from 10,000 to 11,000 and back to 9,900', () => {
    render(<NumberSlider field="requestsPerDay" />);
    const slider = screen.getByRole('slider', { name: 'Requests per day' });
    expect(slider).toHaveAttribute('aria-valuetext', '10,000 requests/day');
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(slider).toHaveAttribute('aria-valuetext', '11,000 requests/day');
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    expect(slider).toHaveAttribute('aria-valuetext', '9,900 requests/day');
  });
});

describe('− / + steppers', () => {
  it('move to the next round value and stop at the ends of the valid range', async () => {
    const user = userEvent.setup();
    render(<NumberSlider field="horizonMonths" />);
    const plus = screen.getByRole('button', { name: 'Increase Time horizon' });
    const minus = screen.getByRole('button', { name: 'Decrease Time horizon' });
    await user.click(plus);
    expect(useStore.getState().scenario.horizonMonths).toBe(13);
    await user.click(minus);
    await user.click(minus);
    expect(useStore.getState().scenario.horizonMonths).toBe(11);
    act(() => useStore.getState().setNumber('horizonMonths', 60));
    expect(plus).toBeDisabled();
    expect(minus).toBeEnabled();
  });

  it('step a price by its visible digits: $150 moves to $160, not to $150.01', async () => {
    const user = userEvent.setup();
    render(<NumberSlider field="apiOutputPrice" />);
    act(() => useStore.getState().setNumber('apiOutputPrice', 150));
    await user.click(screen.getByRole('button', { name: /^Increase API output price/ }));
    expect(useStore.getState().scenario.apiOutputPrice).toBe(160);
  });
});
