import { useEffect, useRef, useState } from 'react';

/**
 * The value, but updated at most once every `intervalMs` while it keeps changing, and always to
 * its final state once it settles. Charts read the scenario through this: a slider drag fires an
 * input event every frame, and redrawing four SVG charts on each one would block the slider.
 */
export function useTrailingValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastUpdate = useRef(0);
  useEffect(() => {
    const wait = Math.max(0, lastUpdate.current + intervalMs - performance.now());
    const timer = window.setTimeout(() => {
      lastUpdate.current = performance.now();
      setShown(value);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [value, intervalMs]);
  return shown;
}
