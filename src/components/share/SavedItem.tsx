import { useState, type FormEvent } from 'react';
import { useSharing, type SavedScenario } from '../../state/sharing.ts';
import { savedScenarios } from '../../state/saved-storage.ts';
import { openSavedInputs } from '../../state/page-actions.ts';
import { NAME_MAX_LENGTH } from '../../url/limits.ts';
import { renameInQuery } from '../../url/name-text.ts';
import { openSaved } from './saved-open.ts';

// Made on first use: building a date format loads the browser's locale data, about 20 ms of a
// slow phone's load for a page that shows no saved scenario at all (Lighthouse's blocking time).
let savedOnFormat: Intl.DateTimeFormat | undefined;
const savedOn = (date: Date) =>
  (savedOnFormat ??= new Intl.DateTimeFormat('en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
  })).format(date);

/** One saved scenario: open, compare, rename or delete it (its name isolated from the page's text direction). */
export function SavedItem({
  entry,
  confirm,
}: {
  entry: SavedScenario;
  confirm: (m: string) => void;
}) {
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(entry.name);

  const open = () => {
    const { inputs, problems } = openSaved(entry);
    openSavedInputs(inputs, problems);
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
    const stored = savedScenarios.rename(entry.id, name, renameInQuery(entry.query, name));
    setRenaming(false);
    confirm(stored ? `Renamed to “${name}”.` : `Renamed to “${name}” for this visit only.`);
  };
  const remove = () => {
    savedScenarios.remove(entry.id);
    confirm(`Deleted “${entry.name}”.`);
  };

  if (renaming) {
    return (
      <li className="saved-item">
        <form className="saved-rename" onSubmit={rename}>
          <label>
            New name for “<bdi>{entry.name}</bdi>”
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
      <bdi className="saved-name">{entry.name}</bdi>
      {!Number.isNaN(savedAt.getTime()) && (
        <span className="muted small"> saved {savedOn(savedAt)}</span>
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
