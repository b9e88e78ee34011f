/**
 * The page's saved scenarios: the library over this browser's localStorage, publishing into the
 * sharing store. Loaded after the first paint (nothing on the first screen needs it).
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
