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
 * How long ago the input came that caused the change being shown (ms): when read right after its
 * render, what that render cost. A change with no recent input (a link, a preset) counts nothing.
 */
export function renderCost(): number {
  const sinceInput = sinceLastInput();
  return sinceInput < 1000 ? sinceInput : 0;
}

/**
 * The timer behind useTrailingValue and trailingStore: one for a whole run of changes, not one
 * per change (clearing and setting a timer on every move of a slider was a tenth of a millisecond
 * of each move's script at normal CPU). Each change moves the goalposts — not before the quiet
 * time after the latest change, not until the last input is `pause` ms ago — and the timer reads
 * them when it fires.
 */
export function trailingTimer<T>(quietMs: number, show: (value: T) => void) {
  let latest: T;
  let notBefore = 0;
  let pause = 0;
  // 0: none running (a browser's timer ids start at 1).
  let timer = 0;
  const check = () => {
    const left = Math.max(notBefore - Date.now(), pause - sinceLastInput());
    timer = left > 0 ? window.setTimeout(check, left) : 0;
    if (!timer) show(latest);
  };
  return {
    /** A new value, `cost` ms after the input that caused it. */
    change(value: T, cost: number) {
      latest = value;
      notBefore = Date.now() + quietMs;
      pause = Math.max(quietMs + 2 * cost, 1.5 * inputRhythm());
      timer ||= window.setTimeout(check, quietMs);
    },
    /** The latest change has been rendered, `cost` ms after its input. */
    rendered(cost: number) {
      pause = Math.max(pause, quietMs + 2 * cost);
    },
    stop() {
      window.clearTimeout(timer);
      timer = 0;
    },
  };
}
