import type { SavedScenario } from '../../state/sharing.ts';
import { decodeStored } from '../../url/link.ts';
import { isolateText } from './isolate-text.ts';

/**
 * A saved scenario read back through the link decoder, so old saves migrate like old links;
 * its problems (old or damaged data) name the saved scenario they come from.
 */
export function openSaved(entry: SavedScenario) {
  const { inputs, problems } = decodeStored(
    entry.query,
    `Saved scenario “${isolateText(entry.name)}”`,
  );
  return { inputs: { ...inputs, name: entry.name }, problems };
}
