import { startTransition, type ClipboardEvent, type DragEvent } from 'react';
import { formatCount } from '../../model/format.ts';
import { insertText } from '../../tokens/paste.ts';

/**
 * Longest text the box holds as editable text. Laying out a 5 MB paste in a text box blocked the
 * page for 5–10 s (the browser's own text layout, not our code); a longer text is held aside,
 * shown in part, and still counted in full.
 */
export const EDITABLE_CHARS = 20_000;
/**
 * How much of a longer text the read-only box shows: the start, to check what was pasted. A
 * 20,000-character preview of emoji took over 100 ms to lay out and paint on a busy machine
 * (scripts/bench-paste.mjs); 2,000 characters are a few screens of the box.
 */
export const PREVIEW_CHARS = 2_000;

/** A labelled text box for pasted prompt text, quick at any length. */
export function PromptTextBox({
  id,
  label,
  rows,
  value,
  onChange,
}: {
  id: string;
  label: string;
  rows: number;
  value: string;
  onChange: (text: string) => void;
}) {
  const large = value.length > EDITABLE_CHARS;
  // Never end the preview on half a surrogate pair.
  const preview = large ? value.slice(0, PREVIEW_CHARS).replace(/[\uD800-\uDBFF]$/, '') : value;
  /**
   * A paste or drop that leaves the box too long to edit is put into the text here: the box's
   * own insertion of megabytes is what froze the page (see tokens/paste.ts). A shorter one is
   * left to the browser, so undo keeps working for it.
   */
  const insertLarge = (
    event: ClipboardEvent<HTMLTextAreaElement> | DragEvent<HTMLTextAreaElement>,
    data: DataTransfer,
  ) => {
    if (large) return; // the read-only preview takes no text (the note offers to clear it)
    const inserted = data.getData('text/plain');
    const box = event.currentTarget;
    // A drop goes where the caret is (its drop point is not exposed to the page): good enough for
    // the rare megabyte dropped into a box that held under 20,000 characters.
    const [start, end] = [box.selectionStart, box.selectionEnd];
    if (value.length - (end - start) + inserted.length <= EDITABLE_CHARS) return;
    event.preventDefault();
    const next = insertText(value, start, end, inserted);
    // Reading megabytes from the clipboard fills this task; the new text is shown in the next.
    startTransition(() => onChange(next));
  };
  return (
    <>
      <label className="token-field" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="token-text"
        rows={rows}
        value={preview}
        readOnly={large}
        aria-describedby={large ? `${id}-large` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onPaste={(e) => insertLarge(e, e.clipboardData)}
        onDrop={(e) => insertLarge(e, e.dataTransfer)}
        spellCheck={false}
      />
      {large && (
        <p id={`${id}-large`} className="small token-large">
          This text is {formatCount(value.length)} characters long: the box shows the first{' '}
          {formatCount(PREVIEW_CHARS)} to keep the page quick, and all of it is counted.{' '}
          <button type="button" onClick={() => onChange('')}>
            Clear this box
          </button>
        </p>
      )}
    </>
  );
}
