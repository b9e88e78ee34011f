import { useEffect, useState } from 'react';
import { inputRhythm, sinceLastInput } from '../state/last-input.ts';

/**
 * How long the inputs must be still before the parts that trail them catch up: the charts, the
 * risk section and its odds, the changed-inputs list, the wrong-answers card, the other-models
 * table, the print-only list.
 * (Here, not in ChartsArea: a lazy chunk importing ChartsArea split four shared modules out of the
 * first load's chunks, 0.8 KB gzip over its budget.)
 */
export const TRAILING_QUIET_MS = 150;

/**
 * The value once the user has paused for `quietMs`. Charts (and the print-only list) read the
 * scenario through this: a slider drag fires an input event every frame, and redrawing an SVG
 * chart takes longer than a frame (several on a slow phone), so while the thumb moves only the
 * figures and the verdict follow it; the charts catch up as soon as it pauses.
 *
 * The pause is counted from the last input event, and it is `quietMs` plus twice what the page
 * took to render that input's figures (the render, then about as long again to lay out and paint
 * them): on a slow phone a move takes longer to show than the pause itself, and counting from
 * the render would start a chart redraw just as the next key press arrives — a long task in the
 * way of input, where a fast machine never has one.
 *
 * And it is longer than the user's own rhythm: someone tapping a key every 250 ms (or a slow
 * phone that takes that long per press) has not paused after 150 ms. A pause is half as long
 * again as the longest of the last few gaps between their inputs.
 */
export function useTrailingValue<T>(value: T, quietMs: number): T {
  const [shown, setShown] = useState(value);
  const [timer] = useState(() => trailingTimer(quietMs, setShown));
  useEffect(() => timer.change(value, renderCost()), [timer, value]);
  useEffect(() => () => timer.stop(), [timer]);
  return shown;
}

/**
 * useTrailingValue for a value read from a store: `read()` once the inputs pause. It listens to
 * the store itself, so a move renders nothing here and runs no effect — an effect that runs on a
 * move also makes React post a task to its scheduler (a tenth of a millisecond at normal CPU).
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

/**
 * How long ago the input came that caused the change being shown (ms): when read right after its
 * render, what that render cost. A change with no recent input (a link, a preset) counts nothing.
 */
function renderCost(): number {
  const sinceInput = sinceLastInput();
  return sinceInput < 1000 ? sinceInput : 0;
}

/**
 * The timer behind both hooks: one for a whole run of changes, not one per change (clearing and
 * setting a timer on every move of a slider was a tenth of a millisecond of each move's script at
 * normal CPU). Each change moves the goalposts; the running timer reads them when it fires.
 */
function trailingTimer<T>(quietMs: number, show: (value: T) => void) {
  let latest: { value: T } | null = null;
  /** Not before this time (Date.now()): the quiet time after the latest change. */
  let notBefore = 0;
  /** Not until the last input is this long ago (ms). */
  let pause = 0;
  let timer: number | null = null;
  const check = () => {
    const left = Math.max(notBefore - Date.now(), pause - sinceLastInput());
    if (left > 0) {
      timer = window.setTimeout(check, left);
      return;
    }
    timer = null;
    if (latest) show(latest.value);
    latest = null;
  };
  return {
    /** A new value, `cost` ms after the input that caused it. */
    change(value: T, cost: number) {
      latest = { value };
      notBefore = Date.now() + quietMs;
      pause = Math.max(quietMs + 2 * cost, 1.5 * inputRhythm());
      timer ??= window.setTimeout(check, quietMs);
    },
    /** The latest change has been rendered, `cost` ms after its input. */
    rendered(cost: number) {
      pause = Math.max(pause, quietMs + 2 * cost);
    },
    stop() {
      if (timer !== null) window.clearTimeout(timer);
      timer = null;
    },
  };
}
