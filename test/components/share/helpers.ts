import { savedScenarios } from '../../../src/state/saved-storage.ts';

/**
 * A new page for the saved list: the library forgets the last test's visit (what it could not
 * store, what it could not read). The stores themselves are reset by test/store-reset.ts.
 */
export function reloadSavedLibrary() {
  savedScenarios.reload();
}

/** Replaces navigator.clipboard for one test; `undefined` removes it (an http page). */
export function setClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}
