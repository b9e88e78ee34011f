import type { Problem } from '../model/validate.ts';
import type { DecodedLink } from '../url/link.ts';
import { useSharing } from './sharing.ts';
import { useStore, type Inputs } from './store.ts';

/*
 * The actions that set both stores at once: the inputs (store.ts) and what is shared beside them
 * (sharing.ts). They live here, in one place, so no component or start-up code keeps the two in
 * step by hand.
 */

/**
 * What opening a link does to the page: its scenario becomes the current one, its comparison (if
 * any) opens, and whatever in it could not be read is listed in the link notice. The start-up
 * code and Back/Forward (main.tsx, through the URL sync) and the tests all go through here.
 */
export function openLink(link: DecodedLink): void {
  useStore.getState().load(link.current);
  useSharing.getState().setCompare(link.compare);
  useSharing.getState().setLinkProblems(link.problems);
}

/**
 * Opening a saved scenario: it becomes the current one (a comparison on screen stays open) and
 * whatever in it could not be read is listed in the notice.
 */
export function openSavedInputs(inputs: Inputs, problems: readonly Problem[]): void {
  useStore.getState().load(inputs);
  useSharing.getState().setLinkProblems(problems);
}

/**
 * The Reset button: every input back to a first visit, the comparison closed and the link's
 * notice gone. Saved scenarios stay: they belong to the browser, not to the scenario on screen.
 */
export function startOver(): void {
  useStore.getState().reset();
  useSharing.getState().setCompare(null);
  useSharing.getState().setLinkProblems([]);
}
