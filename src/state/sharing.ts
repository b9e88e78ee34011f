/**
 * Sharing state beside the inputs: scenarios saved in this browser, the comparison on screen, and
 * what a link had to ignore. Only the state lives here (it is part of the first load); reading
 * and writing the saved scenarios is in saved-storage.ts, loaded after the first paint.
 */
import { create } from 'zustand';
import type { Problem } from '../model/validate.ts';
import type { Inputs } from './store.ts';

export interface SavedScenario {
  id: string;
  name: string;
  /** The scenario's link query string, without the leading `?`. */
  query: string;
  /** ISO date-time of the last save. */
  savedAt: string;
}

/** Data found under this page's storage keys that could not be read: shown, never overwritten. */
export interface UnreadableItem {
  key: string;
  /** Length of the stored text, in characters. */
  chars: number;
  /** Its first few hundred characters, shown as text. */
  preview: string;
}

/** Two scenarios side by side; `left: null` means the current scenario. */
export interface Comparison {
  left: Inputs | null;
  right: Inputs;
}

export interface SharingState {
  saved: readonly SavedScenario[];
  /** Why stored data was ignored or could not be written; null when all is well. */
  storageNotice: string | null;
  /** Stored data that could not be read, kept where it was until the user clears it. */
  unreadable: readonly UnreadableItem[];
  /** Values a link or an opened saved scenario had to ignore; shown until dismissed. */
  linkProblems: readonly Problem[];
  compare: Comparison | null;
}

export interface SharingActions {
  setLinkProblems: (problems: readonly Problem[]) => void;
  dismissStorageNotice: () => void;
  setCompare: (compare: Comparison | null) => void;
}

export const useSharing = create<SharingState & SharingActions>()((set) => ({
  saved: [],
  storageNotice: null,
  unreadable: [],
  linkProblems: [],
  compare: null,
  setLinkProblems: (linkProblems) => set({ linkProblems }),
  dismissStorageNotice: () => set({ storageNotice: null }),
  setCompare: (compare) => set({ compare }),
}));
