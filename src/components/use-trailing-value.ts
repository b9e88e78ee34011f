import { useEffect, useState } from 'react';

/**
 * The value once it has stood still for `quietMs`. Charts (and the print-only list) read the
 * scenario through this: a slider drag fires an input event every frame, and redrawing an SVG
 * chart takes longer than a frame (several on a slow phone), so while the thumb moves only the
 * figures and the verdict follow it; the charts catch up as soon as it pauses.
 */
export function useTrailingValue<T>(value: T, quietMs: number): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(value), quietMs);
    return () => window.clearTimeout(timer);
  }, [value, quietMs]);
  return shown;
}
