import { act, fireEvent, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTrailingValue } from '../../src/components/use-trailing-value.ts';

describe('useTrailingValue', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const drag = (rerender: (props: { v: number }) => void, from: number, to: number) => {
    for (let v = from; v <= to; v++) {
      rerender({ v });
      act(() => vi.advanceTimersByTime(16));
    }
  };

  it('holds still while the value changes every frame and catches up once it pauses', () => {
    const { result, rerender } = renderHook(({ v }) => useTrailingValue(v, 150), {
      initialProps: { v: 0 },
    });
    act(() => vi.advanceTimersByTime(2000));
    drag(rerender, 1, 20); // 320 ms of dragging
    expect(result.current).toBe(0);
    act(() => vi.advanceTimersByTime(150));
    expect(result.current).toBe(20);
  });

  it('follows a value that changes less often than the quiet time, one change at a time', () => {
    const { result, rerender } = renderHook(({ v }) => useTrailingValue(v, 150), {
      initialProps: { v: 0 },
    });
    act(() => vi.advanceTimersByTime(2000));
    for (let v = 1; v <= 3; v++) {
      rerender({ v });
      act(() => vi.advanceTimersByTime(200));
      expect(result.current).toBe(v);
    }
  });

  it('waits for a pause in input, not in renders: a move that renders late does not let the charts in', () => {
    const { result, rerender } = renderHook(({ v }) => useTrailingValue(v, 150), {
      initialProps: { v: 0 },
    });
    act(() => vi.advanceTimersByTime(2000));
    rerender({ v: 1 });
    // The next key press arrives 100 ms later, while its render is still to come.
    act(() => vi.advanceTimersByTime(100));
    fireEvent.keyDown(document.body, { key: 'PageUp' });
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe(0);
    act(() => vi.advanceTimersByTime(50));
    expect(result.current).toBe(1);
  });

  it('on a slow device waits as long again as a move took to render', () => {
    const { result, rerender } = renderHook(({ v }) => useTrailingValue(v, 150), {
      initialProps: { v: 0 },
    });
    act(() => vi.advanceTimersByTime(2000));
    fireEvent.keyDown(document.body, { key: 'PageUp' });
    // The move's figures reach the screen 100 ms after the key press…
    act(() => vi.advanceTimersByTime(100));
    rerender({ v: 1 });
    // …and the next press comes 90 ms later. 150 ms after it the page is still busy with it.
    act(() => vi.advanceTimersByTime(90));
    fireEvent.keyDown(document.body, { key: 'PageUp' });
    act(() => vi.advanceTimersByTime(150));
    expect(result.current).toBe(0);
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe(1);
  });

  it('waits out the rhythm of a user tapping a key, and catches up once they stop', () => {
    const { result, rerender } = renderHook(({ v }) => useTrailingValue(v, 150), {
      initialProps: { v: 0 },
    });
    act(() => vi.advanceTimersByTime(2000));
    // A press every 250 ms (each shown at once): longer than the quiet time, yet not a pause.
    for (let v = 1; v <= 6; v++) {
      fireEvent.keyDown(document.body, { key: 'PageUp' });
      rerender({ v });
      act(() => vi.advanceTimersByTime(250));
    }
    expect(result.current).toBeLessThan(4);
    const before = result.current;
    fireEvent.keyDown(document.body, { key: 'PageUp' });
    rerender({ v: 7 });
    act(() => vi.advanceTimersByTime(250));
    expect(result.current).toBe(before);
    // Stopped: caught up within one and a half gaps.
    act(() => vi.advanceTimersByTime(125));
    expect(result.current).toBe(7);
  });

  it('a gap longer than a rhythm is a pause again: a deliberate step redraws after the quiet time', () => {
    const { result, rerender } = renderHook(({ v }) => useTrailingValue(v, 150), {
      initialProps: { v: 0 },
    });
    act(() => vi.advanceTimersByTime(2000));
    for (let v = 1; v <= 3; v++) {
      fireEvent.keyDown(document.body, { key: 'PageUp' });
      rerender({ v });
      act(() => vi.advanceTimersByTime(250));
    }
    act(() => vi.advanceTimersByTime(1000));
    fireEvent.keyDown(document.body, { key: 'PageUp' });
    rerender({ v: 4 });
    act(() => vi.advanceTimersByTime(150));
    expect(result.current).toBe(4);
  });
});
