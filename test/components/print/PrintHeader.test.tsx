import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import PrintHeader from '../../../src/components/print/PrintHeader.tsx';
import { decodeLink, encodeLink, type InputsComparison } from '../../../src/url/link.ts';
import type { ScenarioInputs } from '../../../src/url/scenario-params.ts';
import { HISTORY_QUIET_MS, startUrlSync } from '../../../src/url/sync.ts';

const pristine = decodeLink('').current;
const withVolume = (requestsPerDay: number): ScenarioInputs => ({
  ...pristine,
  scenario: { ...pristine.scenario, requestsPerDay },
});

let stop: () => void = () => {};

/** The address sync as the page runs it, on stores of its own; the header reads the address. */
function setup() {
  window.history.replaceState(null, '', '/');
  const inputs = createStore<ScenarioInputs>(() => pristine);
  const comparison = createStore<{ compare: InputsComparison | null }>(() => ({ compare: null }));
  stop = startUrlSync({ inputs, comparison, pristine, apply: () => {} });
  render(<PrintHeader />);
  return inputs;
}

const printedLink = () => screen.getByRole('link').textContent;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('PrintHeader', () => {
  it('prints the link of the scenario once the address has caught up with a change', () => {
    const inputs = setup();
    expect(printedLink()).toBe('http://localhost:3000/');
    act(() => inputs.setState(withVolume(4321), true));
    act(() => vi.advanceTimersByTime(HISTORY_QUIET_MS));
    expect(printedLink()).toBe(`http://localhost:3000/?${encodeLink(withVolume(4321))}`);
  });

  it('prints the latest change when printing starts before the address caught up', () => {
    const inputs = setup();
    act(() => inputs.setState(withVolume(8765), true));
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(printedLink()).toBe(`http://localhost:3000/?${encodeLink(withVolume(8765))}`);
    expect(window.location.search).toBe(`?${encodeLink(withVolume(8765))}`);
  });
});
