import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import {
  decodeLink,
  encodeLink,
  type DecodedLink,
  type InputsComparison,
} from '../../src/url/link.ts';
import type { ScenarioInputs } from '../../src/url/scenario-params.ts';
import { HISTORY_MAX_WAIT_MS, HISTORY_QUIET_MS, startUrlSync } from '../../src/url/sync.ts';
import { goToFragment, writeAddressNow } from '../../src/url/write-address-now.ts';

const pristine = decodeLink('').current;
const withVolume = (requestsPerDay: number): ScenarioInputs => ({
  ...pristine,
  scenario: { ...pristine.scenario, requestsPerDay },
});

let stop: () => void = () => {};

function setup(address = '/') {
  window.history.replaceState(null, '', address);
  const inputs = createStore<ScenarioInputs>(() => pristine);
  const comparison = createStore<{ compare: InputsComparison | null }>(() => ({ compare: null }));
  const applied: DecodedLink[] = [];
  const replace = vi.spyOn(window.history, 'replaceState');
  const push = vi.spyOn(window.history, 'pushState');
  stop = startUrlSync({
    inputs,
    comparison,
    pristine,
    apply: (link) => {
      applied.push(link);
      inputs.setState(link.current, true);
      comparison.setState({ compare: link.compare });
    },
  });
  return { inputs, comparison, applied, replace, push };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('URL sync', () => {
  it('reads the link once at start-up, without writing', () => {
    const { applied, replace, inputs } = setup(`/?${encodeLink(withVolume(777))}`);
    expect(applied).toHaveLength(1);
    expect(inputs.getState().scenario.requestsPerDay).toBe(777);
    vi.runAllTimers();
    expect(replace).not.toHaveBeenCalled();
  });

  it('replaces an address too long to read whole with what was read', () => {
    const huge = `/?${encodeLink(withVolume(777))}${'&%zz=1'.repeat(200_000)}`;
    const { inputs } = setup(huge);
    expect(inputs.getState().scenario.requestsPerDay).toBe(777);
    vi.runAllTimers();
    expect(window.location.search).toBe(`?${encodeLink(withVolume(777))}`);
  });

  it('leaves the stores alone for a bare address', () => {
    expect(setup('/').applied).toEqual([]);
  });

  it('follows the store with replaceState once a drag pauses, never adding history entries', () => {
    const { inputs, replace, push } = setup('/');
    const length = window.history.length;
    const writes: number[] = [];
    replace.mockImplementation(function (this: History, ...args) {
      writes.push(Date.now());
      return History.prototype.replaceState.apply(this, args);
    });
    // A slider drag: a change every 16 ms for one second, then a pause.
    for (let i = 1; i <= 60; i++) {
      inputs.setState(withVolume(1_000 + i));
      vi.advanceTimersByTime(16);
    }
    expect(writes).toHaveLength(0);
    vi.advanceTimersByTime(HISTORY_QUIET_MS);
    expect(writes).toHaveLength(1);
    expect(push).not.toHaveBeenCalled();
    expect(window.history.length).toBe(length);
    // The address ends on the last value.
    expect(decodeLink(window.location.search).current.scenario.requestsPerDay).toBe(1_060);
  });

  it('shows a long drag in the address bar every few seconds, under the browsers’ rate limits', () => {
    const { inputs, replace } = setup('/');
    const writes: number[] = [];
    replace.mockImplementation(function (this: History, ...args) {
      writes.push(Date.now());
      return History.prototype.replaceState.apply(this, args);
    });
    const start = Date.now();
    // Ten seconds of dragging, a change every 16 ms: never a pause.
    for (let i = 1; i <= 625; i++) {
      inputs.setState(withVolume(2_000 + i));
      vi.advanceTimersByTime(16);
    }
    expect(writes.length).toBeGreaterThanOrEqual(Math.floor(10_000 / HISTORY_MAX_WAIT_MS) - 1);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(10_000 / HISTORY_MAX_WAIT_MS));
    expect(writes[0]! - start).toBeLessThanOrEqual(HISTORY_MAX_WAIT_MS);
    for (let i = 1; i < writes.length; i++) {
      expect(writes[i]! - writes[i - 1]!).toBeGreaterThanOrEqual(HISTORY_MAX_WAIT_MS - 16);
    }
    vi.runAllTimers();
    expect(decodeLink(window.location.search).current.scenario.requestsPerDay).toBe(2_625);
  });

  it('writes the comparison too, and a bare address for the first-visit scenario', () => {
    const { inputs, comparison } = setup('/');
    inputs.setState(withVolume(5));
    comparison.setState({ compare: { left: null, right: withVolume(6) } });
    vi.runAllTimers();
    const link = decodeLink(window.location.search);
    expect(link.current.scenario.requestsPerDay).toBe(5);
    expect(link.compare?.right.scenario.requestsPerDay).toBe(6);

    inputs.setState(pristine);
    comparison.setState({ compare: null });
    vi.runAllTimers();
    expect(window.location.search).toBe('');
  });

  it('keeps the path and the #fragment', () => {
    const { inputs } = setup('/app/#charts');
    inputs.setState(withVolume(9));
    vi.runAllTimers();
    expect(window.location.pathname).toBe('/app/');
    expect(window.location.hash).toBe('#charts');
  });

  it('follows the address on Back/Forward within the page', () => {
    const { inputs, applied } = setup('/');
    inputs.setState(withVolume(9));
    vi.runAllTimers();
    window.history.replaceState(null, '', `/?${encodeLink(withVolume(31))}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(applied).toHaveLength(1);
    expect(inputs.getState().scenario.requestsPerDay).toBe(31);
  });

  it('keeps a change not yet written when a #fragment navigation fires popstate, and writes it', () => {
    const { inputs, applied } = setup('/');
    inputs.setState(withVolume(1));
    vi.runAllTimers();
    inputs.setState(withVolume(2)); // pending: the new entry copies the address with 1
    window.history.pushState(null, '', '#verdict-title');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(applied).toHaveLength(0);
    expect(inputs.getState().scenario.requestsPerDay).toBe(2);
    expect(decodeLink(window.location.search).current.scenario.requestsPerDay).toBe(2);
    expect(window.location.hash).toBe('#verdict-title');
  });

  it('writes a pending change into the entry an in-page navigation leaves', () => {
    const { inputs, replace } = setup('/');
    inputs.setState(withVolume(1));
    vi.runAllTimers();
    inputs.setState(withVolume(2)); // pending
    const length = window.history.length;
    const written: Array<{ hash: string; volume: number }> = [];
    replace.mockImplementation(function (this: History, ...args) {
      const result = History.prototype.replaceState.apply(this, args);
      written.push({
        hash: window.location.hash,
        volume: decodeLink(window.location.search).current.scenario.requestsPerDay,
      });
      return result;
    });
    expect(goToFragment('#verdict-title')).toBe(true);
    expect(written[0]).toEqual({ hash: '', volume: 2 });
    expect(window.location.hash).toBe('#verdict-title');
    expect(window.history.length).toBe(length + 1);
    // Nothing is written twice, and nothing pending is left to write.
    vi.runAllTimers();
    expect(written).toHaveLength(1);
  });

  it('before a sync runs, an in-page navigation stays in the same entry', () => {
    stop();
    window.history.replaceState(null, '', '/');
    const length = window.history.length;
    expect(writeAddressNow()).toBe(false);
    expect(goToFragment('#verdict-title')).toBe(false);
    expect(window.location.hash).toBe('#verdict-title');
    expect(window.history.length).toBe(length);
  });

  it('writes a pending change when asked, until it stops', () => {
    const { inputs } = setup('/');
    inputs.setState(withVolume(1));
    vi.runAllTimers();
    inputs.setState(withVolume(2));
    expect(writeAddressNow()).toBe(true);
    expect(decodeLink(window.location.search).current.scenario.requestsPerDay).toBe(2);
    stop();
    inputs.setState(withVolume(3));
    expect(writeAddressNow()).toBe(false); // a stopped sync no longer answers
    expect(decodeLink(window.location.search).current.scenario.requestsPerDay).toBe(2);
  });

  it('writes a pending change when the page is left', () => {
    const { inputs } = setup('/');
    inputs.setState(withVolume(1));
    vi.runAllTimers();
    inputs.setState(withVolume(2)); // within the interval: pending
    expect(decodeLink(window.location.search).current.scenario.requestsPerDay).toBe(1);
    window.dispatchEvent(new Event('pagehide'));
    expect(decodeLink(window.location.search).current.scenario.requestsPerDay).toBe(2);
  });

  it('stops when asked', () => {
    const { inputs, replace } = setup('/');
    stop();
    inputs.setState(withVolume(3));
    vi.runAllTimers();
    expect(replace).not.toHaveBeenCalled();
  });
});
