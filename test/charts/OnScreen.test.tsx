import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OnScreen } from '../../src/charts/OnScreen.tsx';

type Callback = (entries: Array<{ isIntersecting: boolean }>) => void;
let callbacks: Callback[] = [];

beforeEach(() => {
  callbacks = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: Callback) {
        callbacks.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

/** The chart's stand-in: a paragraph naming the version drawn. */
const chart = (text: string) => (
  <OnScreen title="Chart">
    <p>{text}</p>
  </OnScreen>
);

const scrollTo = (isIntersecting: boolean) =>
  act(() => callbacks.forEach((callback) => callback([{ isIntersecting }])));

describe('OnScreen', () => {
  it('shows a titled placeholder until the chart nears the viewport', () => {
    render(
      <OnScreen title="Cumulative cost">
        <p>the chart</p>
      </OnScreen>,
    );
    expect(screen.getByRole('heading', { name: 'Cumulative cost' })).toBeVisible();
    expect(screen.queryByText('the chart')).not.toBeInTheDocument();
    scrollTo(true);
    expect(screen.getByText('the chart')).toBeVisible();
  });

  it('holds the chart still while it is off-screen and catches up when it returns', async () => {
    const { rerender } = render(chart('value 1'));
    scrollTo(true);
    scrollTo(false);
    rerender(chart('value 2'));
    expect(screen.getByText('value 1')).toBeInTheDocument();
    scrollTo(true);
    expect(await screen.findByText('value 2')).toBeInTheDocument();
  });

  it('redraws in a task of its own, so input that comes meanwhile goes first', async () => {
    const { rerender } = render(chart('value 1'));
    scrollTo(true);
    rerender(chart('value 2'));
    expect(screen.getByText('value 1')).toBeInTheDocument();
    expect(await screen.findByText('value 2')).toBeInTheDocument();
  });

  describe('while the user presses keys', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    /** A chart drawn a second ago, then handed a new version it has yet to draw. */
    function chartWithPendingRedraw({ offScreen }: { offScreen: boolean }) {
      const { rerender } = render(chart('value 1'));
      scrollTo(true);
      act(() => vi.advanceTimersByTime(1000));
      if (offScreen) scrollTo(false);
      rerender(chart('value 2'));
    }

    /** Key presses `gapMs` apart; after each, the chart still shows its old drawing. */
    function pressKeys(count: number, gapMs: number, afterPress?: (i: number) => void) {
      for (let i = 0; i < count; i++) {
        fireEvent.keyDown(document.body, { key: 'PageUp' });
        afterPress?.(i);
        act(() => vi.advanceTimersByTime(gapMs));
        expect(screen.getByText('value 1')).toBeInTheDocument();
      }
    }

    it('a redraw not yet started waits while the user keeps pressing keys', () => {
      chartWithPendingRedraw({ offScreen: false });
      // A key press every 100 ms for half a second: the chart keeps its old drawing.
      pressKeys(5, 100);
      // The keys left alone: it redraws.
      act(() => vi.advanceTimersByTime(100));
      expect(screen.getByText('value 2')).toBeInTheDocument();
    });

    it('a redraw not yet started waits out a slow rhythm of key presses too', () => {
      // A slow phone answers a key in 150 – 300 ms, so presses come further apart than the 150 ms
      // quiet time; a chart that comes into view during such a run (a move shifted the page) must
      // not start its redraw between two presses.
      chartWithPendingRedraw({ offScreen: true });
      pressKeys(6, 200, (i) => i === 2 && scrollTo(true));
      // 1.5 × the 200 ms rhythm after the last key: a pause, and it redraws.
      act(() => vi.advanceTimersByTime(150));
      expect(screen.getByText('value 2')).toBeInTheDocument();
    });
  });

  it('draws everything when the page is printed', () => {
    render(
      <OnScreen title="Chart">
        <p>the chart</p>
      </OnScreen>,
    );
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('the chart')).toBeInTheDocument();
  });

  it('draws at once when it appears while the page is already being printed', () => {
    vi.stubGlobal(
      'matchMedia',
      (query: string) =>
        ({
          matches: query === 'print',
          addEventListener() {},
          removeEventListener() {},
        }) as unknown as MediaQueryList,
    );
    render(
      <OnScreen title="Chart">
        <p>the chart</p>
      </OnScreen>,
    );
    expect(screen.getByText('the chart')).toBeInTheDocument();
  });
});
