import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettledScenario, useSettledScenario } from '../../src/components/SettledScenario.tsx';
import { useStore } from '../../src/state/store.ts';

/** A part that trails the sliders, as the charts do; it counts its own renders. */
let renders = 0;
function TrailingPart() {
  renders++;
  return <p>Charted at {useSettledScenario().requestsPerDay} requests/day</p>;
}

const setVolume = (requestsPerDay: number) =>
  act(() => useStore.setState({ scenario: { ...useStore.getState().scenario, requestsPerDay } }));

describe('SettledScenario', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    setVolume(1000);
    renders = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps the trailing parts still during a drag, without re-rendering them, and brings them all up to date once it pauses', () => {
    render(
      <SettledScenario>
        <TrailingPart />
        <TrailingPart />
      </SettledScenario>,
    );
    expect(screen.getAllByText('Charted at 1000 requests/day')).toHaveLength(2);
    const afterMount = renders;
    act(() => vi.advanceTimersByTime(2000));

    // A drag: a move every frame for a third of a second.
    for (let v = 1001; v <= 1020; v++) {
      setVolume(v);
      act(() => vi.advanceTimersByTime(16));
    }
    expect(screen.getAllByText('Charted at 1000 requests/day')).toHaveLength(2);
    expect(renders).toBe(afterMount);

    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getAllByText('Charted at 1020 requests/day')).toHaveLength(2);
    // Once each for the pause, not once per move.
    expect(renders - afterMount).toBeLessThanOrEqual(4);
  });

  it('on a slow device waits twice as long as a move took to render (its layout and paint come after)', () => {
    render(
      <SettledScenario>
        <TrailingPart />
      </SettledScenario>,
    );
    act(() => vi.advanceTimersByTime(2000));
    fireEvent.keyDown(document.body, { key: 'PageUp' });
    // The move reaches the store 100 ms after the key press…
    act(() => vi.advanceTimersByTime(100));
    setVolume(1001);
    // …and the next press comes 90 ms later; 150 ms after it the page is still busy with it.
    act(() => vi.advanceTimersByTime(90));
    fireEvent.keyDown(document.body, { key: 'PageUp' });
    act(() => vi.advanceTimersByTime(150));
    expect(screen.getByText('Charted at 1000 requests/day')).toBeVisible();
    // The pause is 150 + 2 × 100 ms from the last press.
    act(() => vi.advanceTimersByTime(190));
    expect(screen.getByText('Charted at 1000 requests/day')).toBeVisible();
    act(() => vi.advanceTimersByTime(10));
    expect(screen.getByText('Charted at 1001 requests/day')).toBeVisible();
  });

  it('says what is missing when a trailing part is rendered without it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<TrailingPart />)).toThrow(/outside <SettledScenario>/);
  });
});
