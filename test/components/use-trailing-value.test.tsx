import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTrailingValue } from '../../src/components/use-trailing-value.ts';

describe('useTrailingValue', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('follows a fast-changing value at most once per interval, and ends on the last value', () => {
    const { result, rerender } = renderHook(({ v }) => useTrailingValue(v, 150), {
      initialProps: { v: 0 },
    });
    expect(result.current).toBe(0);
    const seen = new Set<number>();
    // 30 changes, one every 16 ms (a drag at 60 frames per second) — 480 ms in all.
    for (let v = 1; v <= 30; v++) {
      rerender({ v });
      act(() => vi.advanceTimersByTime(16));
      seen.add(result.current);
    }
    // Throttled: a handful of intermediate values, not 30, and it never stood still for long.
    expect(seen.size).toBeGreaterThanOrEqual(3);
    expect(seen.size).toBeLessThanOrEqual(6);
    act(() => vi.advanceTimersByTime(200));
    expect(result.current).toBe(30);
  });
});
