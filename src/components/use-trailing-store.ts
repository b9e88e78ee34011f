import { useEffect, useState } from 'react';
import { renderCost, trailingTimer } from './trailing-timer.ts';

/**
 * useTrailingValue (use-trailing-value.ts) for a value read from a store: `read()` once the inputs
 * pause. It listens to the store itself, so a move renders nothing here and runs no effect.
 * `subscribe` and `read` must keep their identity (module-level functions).
 */
export function useTrailingStore<T>(
  subscribe: (listener: () => void) => () => void,
  read: () => T,
  quietMs: number,
): T {
  const [shown, setShown] = useState(read);
  useEffect(() => {
    const timer = trailingTimer(quietMs, setShown);
    // The store may have changed between the first render and this effect (showing the same
    // value again, if not, changes nothing).
    timer.change(read(), 0);
    const stop = subscribe(() => {
      timer.change(read(), renderCost());
      // The store calls this before React renders the change. The render's cost is known once the
      // input's task has rendered it: in the microtask after it.
      queueMicrotask(() => timer.rendered(renderCost()));
    });
    return () => {
      stop();
      timer.stop();
    };
  }, [subscribe, read, quietMs]);
  return shown;
}
