/**
 * When the user last gave input, and in what rhythm: what the charts and other trailing parts
 * read to tell a pause from the gap between two key presses (use-trailing-value.ts, OnScreen).
 * Module state rather than the store's: it changes on every key press and nothing renders it.
 */
/** Gaps between inputs up to this long are a rhythm (keys tapped one after another), not a pause. */
const RHYTHM_MAX_MS = 600;
/** Inputs closer than this are one gesture (a key's keydown and the input event it causes). */
const SAME_GESTURE_MS = 10;

/** When the user last typed, pressed a key or moved a slider (Date.now(), so fake timers see it). */
let lastInputAt = -Infinity;
/** The latest gaps between the user's inputs, newest first, while they come in a rhythm (ms). */
let recentGaps: number[] = [];
if (typeof window !== 'undefined') {
  const mark = () => {
    const now = Date.now();
    const gap = now - lastInputAt;
    if (gap > SAME_GESTURE_MS)
      recentGaps = gap > RHYTHM_MAX_MS ? [] : [gap, ...recentGaps].slice(0, 3);
    lastInputAt = now;
  };
  // Capture: seen before any handler, whatever element the event is for.
  window.addEventListener('input', mark, { capture: true, passive: true });
  window.addEventListener('keydown', mark, { capture: true, passive: true });
}

/** How long ago the user last typed, pressed a key or moved a slider, in ms. */
export function sinceLastInput(): number {
  return Date.now() - lastInputAt;
}

/**
 * The longest of the last few gaps between inputs while they come in a rhythm, else 0 (ms). Once
 * the user has been still for longer than a rhythm's gap the rhythm is over: a preset or a link
 * loaded a while after typing is not part of it.
 */
export function inputRhythm(): number {
  if (sinceLastInput() > RHYTHM_MAX_MS) return 0;
  return Math.max(0, ...recentGaps);
}
