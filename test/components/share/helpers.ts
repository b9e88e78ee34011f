import { useSharing } from '../../../src/state/saved.ts';
import { savedScenarios } from '../../../src/state/saved-storage.ts';
import { initialInputs, useStore } from '../../../src/state/store.ts';

/** Module-level stores outlive a test: put both back to a first visit. */
export function resetStores() {
  useStore.setState(initialInputs());
  useSharing.setState({
    saved: [],
    storageNotice: null,
    unreadable: [],
    linkProblems: [],
    compare: null,
  });
  savedScenarios.reload(); // a new page: nothing left from the last test's visit
}

/** Replaces navigator.clipboard for one test; `undefined` removes it (an http page). */
export function setClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}
