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

describe('the verdict during a slider drag', () => {
  it('keeps the reasons last shown, dimmed, while keys come in a rhythm, and brings them up to date once the user pauses', async () => {
    render(
      <>
        <NumberSlider field="requestsPerDay" />
        <Verdict />
      </>,
      { wrapper: SettledScenario },
    );
    const start = useStore.getState().scenario.requestsPerDay;
    // The odds behind the verdict load in their own chunk; the reasons are the weighed ones then.
    await screen.findByText(/simulated futures/, {}, { timeout: 20_000 });
    expect(reasonsList()).toHaveTextContent(namesVolume(start));

    const slider = screen.getByRole('slider', { name: 'Requests per day' });
    // Three presses of the right arrow, 40 ms apart, as a user taps a key. The first is a single
    // change as far as anyone can tell: its reasons show at once.
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    const first = useStore.getState().scenario.requestsPerDay;
    expect(first).toBeGreaterThan(start);
    expect(reasonsList()).toHaveTextContent(namesVolume(first));
    expect(reasonsList()).not.toHaveAttribute('aria-busy');
    for (let press = 1; press < 3; press++) {
      await act(() => new Promise((resolve) => setTimeout(resolve, 40)));
      fireEvent.keyDown(slider, { key: 'ArrowRight' });
    }
    await act(() => new Promise((resolve) => setTimeout(resolve, 40)));
    const moved = useStore.getState().scenario.requestsPerDay;
    expect(moved).toBeGreaterThan(first);
    // The label and headline follow every key; the reasons stay those shown (the first key's,
    // not the last pause's put back), dimmed.
    expect(reasonsList()).toHaveAttribute('aria-busy', 'true');
    expect(reasonsList()).toHaveTextContent(namesVolume(first));
    expect(screen.getByRole('region', { name: 'Verdict' })).toHaveTextContent(
      'The reasons catch up when you pause',
    );

    await waitFor(() => expect(reasonsList()).toHaveTextContent(namesVolume(moved)), {
      timeout: 10_000,
    });
    expect(reasonsList()).not.toHaveAttribute('aria-busy');
  });
});
