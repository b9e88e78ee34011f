import { useSyncExternalStore } from 'react';

// Whether the user is dragging a slider right now. Not part of the scenario (so not in the store):
// charts read it only to switch their animation off while the thumb moves.
let dragging = false;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

function stop() {
  window.removeEventListener('pointerup', stop);
  window.removeEventListener('pointercancel', stop);
  dragging = false;
  notify();
}

/** Called on a slider's pointerdown; the release is caught anywhere on the page. */
export function startDragging() {
  if (dragging) return;
  dragging = true;
  window.addEventListener('pointerup', stop);
  window.addEventListener('pointercancel', stop);
  notify();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDragging() {
  return useSyncExternalStore(subscribe, () => dragging);
}
