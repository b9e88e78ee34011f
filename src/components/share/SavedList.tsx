import { useState, type FormEvent } from 'react';
import { useSharing, type SavedScenario } from '../../state/saved.ts';
import { useStore } from '../../state/store.ts';
import { NAME_MAX_LENGTH } from '../../url/limits.ts';
import { renameInQuery } from '../../url/link.ts';
import { openSaved } from './saved-open.ts';
import { useConfirmation } from './use-copy-link.ts';

const savedOn = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

function SavedItem({ entry, confirm }: { entry: SavedScenario; confirm: (m: string) => void }) {
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(entry.name);

  const open = () => {
    const { inputs, problems } = openSaved(entry);
    useStore.getState().load(inputs);
    useSharing.getState().setLinkProblems(problems);
    confirm(`Opened “${entry.name}”.`);
  };
  const compare = () => {
    const { inputs, problems } = openSaved(entry);
    useSharing.getState().setCompare({ left: null, right: inputs });
    useSharing.getState().setLinkProblems(problems);
  };
  const rename = (event: FormEvent) => {
    event.preventDefault();
    const name = draft.trim() === '' ? entry.name : draft;
    useSharing.getState().rename(entry.id, name, renameInQuery(entry.query, name));
    setRenaming(false);
    confirm(`Renamed to “${name}”.`);
  };
  const remove = () => {
    useSharing.getState().remove(entry.id);
    confirm(`Deleted “${entry.name}”.`);
  };

  if (renaming) {
    return (
      <li className="saved-item">
        <form className="saved-rename" onSubmit={rename}>
          <label>
            New name for “{entry.name}”
            <input
              type="text"
              value={draft}
              maxLength={NAME_MAX_LENGTH}
              onChange={(event) => setDraft(event.target.value)}
              autoFocus
            />
          </label>
          <button type="submit" className="primary">
            Save name
          </button>
          <button type="button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      </li>
    );
  }
  const savedAt = new Date(entry.savedAt);
  return (
    <li className="saved-item">
      <span className="saved-name">{entry.name}</span>
      {!Number.isNaN(savedAt.getTime()) && (
        <span className="muted small"> saved {savedOn.format(savedAt)}</span>
      )}
      <span className="saved-actions">
        <button type="button" onClick={open} aria-label={`Open “${entry.name}”`}>
          Open
        </button>
        <button
          type="button"
          onClick={compare}
          aria-label={`Compare “${entry.name}” with the current scenario`}
        >
          Compare
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(entry.name);
            setRenaming(true);
          }}
          aria-label={`Rename “${entry.name}”`}
        >
          Rename
        </button>
        <button type="button" onClick={remove} aria-label={`Delete “${entry.name}”`}>
          Delete
        </button>
      </span>
    </li>
  );
}

/** Scenarios saved in this browser: open, compare, rename, delete (loaded after first paint). */
export default function SavedList() {
  const saved = useSharing((s) => s.saved);
  const storageNotice = useSharing((s) => s.storageNotice);
  const [message, confirm] = useConfirmation();
  return (
    <>
      {storageNotice !== null && (
        <div className="notice notice-warn">
          <p>{storageNotice}</p>
          <button type="button" onClick={() => useSharing.getState().dismissStorageNotice()}>
            Dismiss
          </button>
        </div>
      )}
      {saved.length === 0 ? (
        <p className="muted">
          Nothing saved yet. Name the scenario at the top and press Save: it stays in this browser.
        </p>
      ) : (
        <ul className="saved-list">
          {saved.map((entry) => (
            <SavedItem key={entry.id} entry={entry} confirm={confirm} />
          ))}
        </ul>
      )}
      <p className="share-confirmation" aria-live="polite">
        {message}
      </p>
    </>
  );
}
