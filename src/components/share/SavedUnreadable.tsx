import { downloadBlob } from '../../export/download.ts';
import { formatCountOf } from '../../model/format.ts';
import type { UnreadableItem } from '../../state/sharing.ts';
import { savedScenarios } from '../../state/saved-storage.ts';

/**
 * Stored data that could not be read: shown first (as text), then offered for download and for
 * clearing. Nothing clears it unasked, and nothing overwrites it: new saves use their own keys.
 */
export function SavedUnreadable({ items }: { items: readonly UnreadableItem[] }) {
  if (items.length === 0) return null;
  const chars = items.reduce((sum, item) => sum + item.chars, 0);
  const previews = items.filter((item) => item.preview !== '');
  const download = () =>
    downloadBlob(
      new Blob([savedScenarios.unreadableText()], { type: 'text/plain;charset=utf-8' }),
      'fine-tune-or-prompt-unreadable-data.txt',
    );
  return (
    <details className="saved-unreadable">
      <summary>
        Show the data that could not be read ({formatCountOf(items.length, 'item')},{' '}
        {formatCountOf(chars, 'character')})
      </summary>
      <ul>
        {previews.map((item) => (
          <li key={item.key}>
            <code>{item.key}</code>, {formatCountOf(item.chars, 'character')}
            {item.chars > item.preview.length ? ', beginning with' : ''}:
            <pre dir="ltr">{item.preview}</pre>
          </li>
        ))}
      </ul>
      {previews.length < items.length && (
        <p className="small">and {formatCountOf(items.length - previews.length, 'more item')}.</p>
      )}
      <div className="notice-actions">
        <button type="button" onClick={download}>
          Download a copy
        </button>
        <button type="button" onClick={() => savedScenarios.clearUnreadable()}>
          Clear the unreadable data
        </button>
      </div>
    </details>
  );
}
