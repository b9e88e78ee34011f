import { startTransition, useEffect, useState } from 'react';

/**
 * A value that changes now and then (a chunk that has loaded, or failed to; the scenario once the
 * inputs pause), read like `useSyncExternalStore` but re-rendered as a transition.
 * `useSyncExternalStore` always re-renders at once, in one task: when the catalog and the pickers
 * arrived, every part that reads them re-rendered in one task of about 100 ms at 4× CPU slowdown,
 * during which a tap waited. A transition renders in slices of a few milliseconds. A part mounted
 * after the value arrived reads it in its first render.
 */
export function useArriving<T>(subscribe: (listener: () => void) => () => void, read: () => T): T {
  const [value, setValue] = useState(() => read());
  useEffect(() => {
    const update = () => startTransition(() => setValue(() => read()));
    update(); // the value may have arrived between the render and this effect
    return subscribe(update);
  }, [subscribe, read]);
  return value;
}
