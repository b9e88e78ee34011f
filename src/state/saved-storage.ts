/**
 * The page's saved scenarios: the library over this browser's localStorage, publishing into the
 * sharing store. Loaded with the list below the results (nothing on the first screen needs it).
 */
import { useSharing } from './sharing.ts';
import { createSavedLibrary } from './saved-library.ts';

function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage ?? null; // the getter throws when storage is blocked
  } catch {
    return null;
  }
}

export const savedScenarios = createSavedLibrary(localStorageOrNull, (view) =>
  useSharing.setState(view),
);

let started = false;

/** Reads the saved list once and keeps it in step with other tabs. Safe to call again. */
export function startSavedScenarios(win: Pick<Window, 'addEventListener'> = window) {
  if (started) return;
  started = true;
  savedScenarios.hydrate();
  win.addEventListener('storage', (event) => savedScenarios.onStorage(event));
}

/**
 * Starts the saved list once the page is idle: its list and the comparison call this when they
 * mount, Save before it saves. The first touch of localStorage waits for the browser process,
 * which reads the site's whole storage area; in the page's first moments, while that process is
 * busy loading the page, the wait measured 2 – 30 ms in one task (docs/benchmarks.md).
 */
export function startSavedScenariosWhenIdle(win: Window = window) {
  if (started) return;
  const start = () => startSavedScenarios(win);
  if ('requestIdleCallback' in win) win.requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
}
