import { renderCost, trailingTimer } from './trailing-timer.ts';

/**
 * A value read from a store, shown once the inputs pause (the timing of useTrailingValue, in
 * use-trailing-value.ts), kept as a small store of its own: the parts that read it subscribe to
 * it, and only they re-render when it changes.
 *
 * (A React context carrying the value itself made React walk the whole page below the provider to
 * find its readers on every pause: most of a 17 – 25 ms task at normal CPU in profiles of an
 * unminified build, in the way of a key press that came meanwhile. A context carrying this store
 * never changes.)
 *
 * `follow()` starts listening to the source and returns the function that stops it (an effect's
 * set-up and clean-up); before it, `get()` holds the value read when the store was made.
 */
export function trailingStore<T>(
  subscribeToSource: (listener: () => void) => () => void,
  read: () => T,
  quietMs: number,
) {
  let shown = read();
  const listeners = new Set<() => void>();
  const timer = trailingTimer<T>(quietMs, (value) => {
    if (Object.is(value, shown)) return;
    shown = value;
    for (const listener of listeners) listener();
  });
  return {
    get: () => shown,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    follow() {
      // The source may have changed since the store was made.
      timer.change(read(), 0);
      const stop = subscribeToSource(() => {
        timer.change(read(), renderCost());
        // The source calls this before React renders the change. The render's cost is known once
        // the input's task has rendered it: in the microtask after it.
        queueMicrotask(() => timer.rendered(renderCost()));
      });
      return () => {
        stop();
        timer.stop();
      };
    },
  };
}

export type TrailingStore<T> = ReturnType<typeof trailingStore<T>>;
