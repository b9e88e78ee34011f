import { useEffect, useState } from 'react';
import { formatCount } from '../../model/format.ts';
import { startSavedScenariosWhenIdle } from '../../state/saved-storage.ts';
import { useSharing } from '../../state/sharing.ts';
import { SavedItem } from './SavedItem.tsx';
import { SavedUnreadable } from './SavedUnreadable.tsx';
import { useConfirmation } from './use-copy-link.ts';

/**
 * Rows on one page of the list. Rendering every row froze the page for seconds with 40,000
 * saved scenarios; a page of 50 renders in a few milliseconds at any list length.
 */
export const SAVED_PAGE_SIZE = 50;

/** Scenarios saved in this browser: open, compare, rename, delete (loaded after first paint). */
export default function SavedList() {
  useEffect(() => startSavedScenariosWhenIdle(), []);
  const saved = useSharing((s) => s.saved);
  const storageNotice = useSharing((s) => s.storageNotice);
  const unreadable = useSharing((s) => s.unreadable);
  const [message, confirm] = useConfirmation();
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(saved.length / SAVED_PAGE_SIZE));
  const current = Math.min(page, pages - 1); // the list may have shrunk (a delete, another tab)
  const first = current * SAVED_PAGE_SIZE;
  const shown = saved.slice(first, first + SAVED_PAGE_SIZE);
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
      <SavedUnreadable items={unreadable} />
      {saved.length === 0 ? (
        <p className="muted">
          Nothing saved yet. Name the scenario at the top and press Save: it stays in this browser.
        </p>
      ) : (
        <ul className="saved-list">
          {shown.map((entry) => (
            <SavedItem key={entry.id} entry={entry} confirm={confirm} />
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav className="saved-pages" aria-label="Pages of saved scenarios">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous
          </button>
          <span aria-live="polite">
            {formatCount(first + 1)}–{formatCount(first + shown.length)} of{' '}
            {formatCount(saved.length)} saved scenarios
          </span>
          <button
            type="button"
            disabled={current === pages - 1}
            onClick={() => setPage(current + 1)}
          >
            Next
          </button>
        </nav>
      )}
      <p className="share-confirmation" aria-live="polite">
        {message}
      </p>
    </>
  );
}
