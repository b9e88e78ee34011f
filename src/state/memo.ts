/**
 * Remembers a derived value per input object: every component reading it during one change gets
 * the same object, and the work runs once per input, not once per reader. A WeakMap rather than
 * a last-value cache, because readers ask for different inputs in turn (the charts read a copy of
 * the scenario that trails the current one), and a last-value cache would recompute — and hand
 * memoised charts new objects — on every switch. Entries go when their input is collected.
 */
export function memoizeByInput<A extends object, R>(fn: (arg: A) => R): (arg: A) => R {
  const cache = new WeakMap<A, R>();
  return (arg: A) => {
    if (cache.has(arg)) return cache.get(arg) as R;
    const result = fn(arg);
    cache.set(arg, result);
    return result;
  };
}
