import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KeyFigures } from '../../src/components/KeyFigures.tsx';
import { calculate } from '../../src/model/calculate.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { useStore } from '../../src/state/store.ts';

const set = (change: Partial<Scenario>) =>
  act(() => useStore.setState({ scenario: { ...useStore.getState().scenario, ...change } }));

const perRequest = () => {
  const term = screen.getByText('Cost per request', { selector: 'dt' });
  return term.parentElement!;
};

/** The figure on the line that starts with `name`, e.g. "$0.00875". */
const line = (name: string) => {
  const label = within(perRequest()).getByText(name);
  return label.nextElementSibling?.textContent ?? '';
};

/** Significant figures of "$0.000412" (3) or "$1.20" (3): digits from the first non-zero one. */
const significant = (text: string) => text.replace(/[^\d]/g, '').replace(/^0+/, '').length;

describe('KeyFigures: cost per request', () => {
  it('shows A, B and C on lines of their own, each to three significant figures', () => {
    render(<KeyFigures />);
    const r = calculate(useStore.getState().scenario);
    const lines = [
      ['A: prompting', r.costPerRequestA],
      ['B: fine-tuned', r.costPerRequestB],
      ['C: Llama 3.1 8B, prompted', r.costPerRequestC],
    ] as const;
    for (const [name, cost] of lines) {
      const text = line(name);
      expect(text).toMatch(/^\$\d[\d,]*(\.\d+)?$/);
      expect(significant(text)).toBe(3);
      const shown = Number(text.replace(/[$,]/g, ''));
      expect(Math.abs(shown - cost!) / cost!).toBeLessThan(0.005);
    }
  });

  it('says "no requests" for B and C on dedicated GPUs at zero volume, never null or NaN', () => {
    render(<KeyFigures />);
    set({ servingMode: 'dedicated', requestsPerDay: 0 });
    expect(line('B: fine-tuned')).toBe('no requests');
    expect(line('C: Llama 3.1 8B, prompted')).toBe('no requests');
    expect(line('A: prompting')).toMatch(/^\$/);
    const text = screen.getByRole('region', { name: 'Key figures' }).textContent ?? '';
    expect(text).not.toMatch(/null|NaN|undefined|Infinity/);
  });

  it('names the model whose price changes, and from which month, when it falls in the horizon', () => {
    render(<KeyFigures />);
    expect(screen.queryByRole('note')).toBeNull();
    set({ apiPriceStepMonth: 2, apiPriceStepInputFactor: 2, apiPriceStepOutputFactor: 2 });
    expect(within(perRequest()).getByRole('note')).toHaveTextContent(
      'Claude Sonnet 5’s price rises from month 2.',
    );
    set({ apiPriceStepInputFactor: 0.5, apiPriceStepOutputFactor: 1 });
    expect(screen.getByRole('note')).toHaveTextContent(
      'Claude Sonnet 5’s price falls from month 2.',
    );
    // After the horizon it changes nothing this comparison counts.
    set({ apiPriceStepMonth: 13, horizonMonths: 12 });
    expect(screen.queryByRole('note')).toBeNull();
  });
});
