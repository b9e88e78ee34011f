import { startOver } from '../../state/page-actions.ts';
import { useStore } from '../../state/store.ts';
import { NAME_MAX_LENGTH } from '../../url/limits.ts';
import { currentInputs, nextScenarioName } from './current-inputs.ts';
import { reloadIfRedeployed } from '../redeploy.ts';
import { ManualCopy } from './ManualCopy.tsx';
import { OwnForm } from '../OwnForm.tsx';
import { useConfirmation, useCopyLink } from './use-copy-link.ts';
import './share.css';

/**
 * The codec stays out of the first load (the URL sync fetches it right after), so by the time
 * anyone clicks it is already here and the clipboard write keeps the click's user activation.
 */
const loadCodec = () => import('../../url/link.ts');
type Codec = Awaited<ReturnType<typeof loadCodec>>;
const loadSavedStorage = () => import('../../state/saved-storage.ts');

/** Name the scenario, copy its link, save it in this browser, or start over. */
export function ShareBar() {
  const name = useStore((s) => s.name);
  const setName = useStore((s) => s.setName);
  const [message, confirm] = useConfirmation();
  const link = useCopyLink(confirm, 'Link copied. Whoever opens it sees these exact numbers.');

  /** Runs `use` with the codec; offline or after a redeploy, says why nothing happened. */
  const withCodec = (use: (codec: Codec) => unknown) =>
    loadCodec().then(use, () => {
      confirm('The link code could not load: check the connection, then try again.');
      void reloadIfRedeployed();
    });

  const copyLink = ({ encodeLink, shareUrl }: Codec) =>
    link.copy(shareUrl(encodeLink(currentInputs()), window.location));

  const save = async () => {
    // What the page shows at the click. The saving code may still be loading (the first save of
    // a visit), and the user may go on meanwhile: read after it, the next change was saved
    // instead, under the next name (an end-to-end run saved "Big" twice and lost "Small").
    const inputs = currentInputs();
    try {
      const [{ encodeLink }, { savedScenarios, startSavedScenarios }] = await Promise.all([
        loadCodec(),
        loadSavedStorage(),
      ]);
      startSavedScenarios();
      const finalName =
        inputs.name.trim() === '' ? nextScenarioName(savedScenarios.list()) : inputs.name;
      // The box shows the name given, unless a name has been typed since the click.
      if (finalName !== inputs.name && useStore.getState().name === inputs.name) setName(finalName);
      const outcome = savedScenarios.save(finalName, encodeLink({ ...inputs, name: finalName }));
      if (!outcome.stored) {
        confirm(
          `“${finalName}” is listed under Saved scenarios for this visit only: this browser would not store it.`,
        );
      } else {
        confirm(
          outcome.replaced ? `Updated “${finalName}” in saved scenarios.` : `Saved “${finalName}”.`,
        );
      }
    } catch {
      // The code that saves could not load (offline, or a newer version was deployed).
      confirm('The scenario was not saved: part of the page could not load. Try again.');
      void reloadIfRedeployed();
    }
  };

  const reset = () => {
    startOver();
    link.closeManual();
    confirm('Back to the defaults.');
  };

  return (
    <OwnForm className="share-bar" role="group" aria-label="Share and save">
      <label className="share-name">
        Scenario name
        <input
          type="text"
          value={name}
          maxLength={NAME_MAX_LENGTH}
          placeholder="Untitled"
          onChange={(event) => setName(event.target.value)}
          // A name typed, then Enter: saved under it, as the Save button beside it would. Not
          // the Enter that ends an input method's composition (Japanese, Chinese).
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
            event.preventDefault();
            void save();
          }}
        />
      </label>
      <div className="share-actions">
        <button type="button" className="primary" onClick={() => void withCodec(copyLink)}>
          Copy link
        </button>
        <button type="button" onClick={() => void save()}>
          Save
        </button>
        <button type="button" onClick={reset}>
          Reset
        </button>
      </div>
      <p className="share-confirmation" aria-live="polite">
        {message}
      </p>
      {link.manualLink !== null && <ManualCopy link={link.manualLink} onClose={link.closeManual} />}
    </OwnForm>
  );
}
