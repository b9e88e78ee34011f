import { useEffect, useRef, useState } from 'react';
import type { Memo } from './memo-content.ts';
import { memoMarkdown } from './memo-markdown.ts';

/**
 * Back to the calculator, print (or save as PDF), and copy as Markdown. Where the clipboard is
 * missing or refused, the Markdown is shown selected in a box, ready for Ctrl+C.
 */
export function MemoToolbar({ memo, onClose }: { memo: Memo; onClose: () => void }) {
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.select(), [manual]);

  const copy = async () => {
    const text = memoMarkdown(memo);
    try {
      await navigator.clipboard.writeText(text);
      setManual(null);
      setStatus('Copied the memo as Markdown.');
    } catch {
      setManual(text);
      setStatus('The clipboard is not available here: copy the Markdown from the box below.');
    }
  };

  return (
    <div className="memo-toolbar no-print" role="toolbar" aria-label="Decision memo">
      <button type="button" onClick={onClose}>
        ← Back to the calculator
      </button>
      <button type="button" className="primary" onClick={() => window.print()}>
        Print or save as PDF
      </button>
      <button type="button" onClick={() => void copy()}>
        Copy as Markdown
      </button>
      <p className="muted small" role="status">
        {status}
      </p>
      {manual !== null && (
        <label className="memo-manual">
          The memo as Markdown
          <textarea ref={box} readOnly value={manual} rows={10} />
        </label>
      )}
    </div>
  );
}
