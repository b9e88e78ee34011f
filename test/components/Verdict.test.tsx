import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NumberSlider } from '../../src/components/NumberSlider.tsx';
import { SettledScenario } from '../../src/components/SettledScenario.tsx';
import { Verdict } from '../../src/components/Verdict.tsx';
import { formatCount } from '../../src/model/format.ts';
import { useStore } from '../../src/state/store.ts';

const reasonsList = () => within(screen.getByRole('region', { name: 'Verdict' })).getByRole('list');
/** The cost reason names the volume it was worked out for. */
const namesVolume = (requestsPerDay: number) =>
  new RegExp(`At ${formatCount(requestsPerDay)} requests per day`);

describe('the verdict while the odds load', () => {
  it('says from the first paint that the odds are being checked, so no line appears later', () => {
    render(<Verdict />, { wrapper: SettledScenario });
    const verdict = screen.getByRole('region', { name: 'Verdict' });
    // The first render is the fallback (first in this file: the odds' code has not loaded yet).
    expect(verdict).toHaveTextContent(/Verdict: (Fine-tune|Not yet|Don't fine-tune)/);
    expect(verdict).not.toHaveTextContent(/simulated futures/);
    expect(verdict).toHaveTextContent('Checking how likely this is…');
  });
});

describe('the verdict during a slider drag', () => {
  it('keeps the reasons last shown, dimmed, while the inputs move, and brings them up to date once the odds are in', async () => {
    render(
      <>
        <NumberSlider field="requestsPerDay" />
        <Verdict />
      </>,
      { wrapper: SettledScenario },
    );
    const verdict = () => screen.getByRole('region', { name: 'Verdict' });
    const start = useStore.getState().scenario.requestsPerDay;
    // The odds behind the verdict load in their own chunk; the reasons are the weighed ones then.
    await screen.findByText(/^Weighed against 2,000 simulated futures/, {}, { timeout: 20_000 });
    expect(reasonsList()).toHaveTextContent(/simulated futures/);
    expect(reasonsList()).toHaveTextContent(namesVolume(start));
    const lines = () => verdict().querySelectorAll('p, li').length;
    const linesAtRest = lines();

    const slider = screen.getByRole('slider', { name: 'Requests per day' });
    // Three presses of the right arrow, 40 ms apart, as a user taps a key. The first already
    // keeps the reasons as they were (dimmed) and says the odds are being checked.
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    const first = useStore.getState().scenario.requestsPerDay;
    expect(first).toBeGreaterThan(start);
    expect(reasonsList()).toHaveTextContent(namesVolume(start));
    expect(reasonsList()).toHaveAttribute('aria-busy', 'true');
    expect(verdict()).toHaveTextContent('Checking how likely this is…');
    // As many lines as at rest: the card keeps its height, nothing below it moves.
    expect(lines()).toBe(linesAtRest);
    for (let press = 1; press < 3; press++) {
      await act(() => new Promise((resolve) => setTimeout(resolve, 40)));
      fireEvent.keyDown(slider, { key: 'ArrowRight' });
    }
    await act(() => new Promise((resolve) => setTimeout(resolve, 40)));
    const moved = useStore.getState().scenario.requestsPerDay;
    expect(moved).toBeGreaterThan(first);
    // The label and headline follow every key; the reasons stay those shown, dimmed.
    expect(reasonsList()).toHaveAttribute('aria-busy', 'true');
    expect(reasonsList()).toHaveTextContent(namesVolume(start));
    expect(verdict()).toHaveTextContent('The reasons catch up when you pause');
    expect(lines()).toBe(linesAtRest);

    // waitFor looks at every change of the DOM: the new reasons never come without the odds' one.
    const weighedWhenNew: boolean[] = [];
    await waitFor(
      () => {
        const text = reasonsList().textContent;
        if (namesVolume(moved).test(text)) weighedWhenNew.push(/simulated futures/.test(text));
        expect(reasonsList()).toHaveTextContent(namesVolume(moved));
      },
      { timeout: 10_000 },
    );
    expect(weighedWhenNew).not.toContain(false);
    expect(reasonsList()).not.toHaveAttribute('aria-busy');
    expect(verdict()).toHaveTextContent('Weighed against 2,000 simulated futures');
  });
});
