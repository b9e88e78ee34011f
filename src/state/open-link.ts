import type { DecodedInputs } from '../url/inputs.ts';
import { useSharing } from './saved.ts';
import { useStore } from './store.ts';

/**
 * What opening a link does to the page: its scenario becomes the current one, its comparison (if
 * any) opens, and whatever in it could not be read is listed in the link notice. The start-up
 * code and Back/Forward (main.tsx, through the URL sync) and the tests all go through here.
 */
export function openLink(link: DecodedInputs): void {
  useStore.getState().load(link.current);
  useSharing.getState().setCompare(link.compare);
  useSharing.getState().setLinkProblems(link.problems);
}
