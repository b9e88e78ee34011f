import { useEffect, useRef } from 'react';

/** The copy fallback: the link in a read-only box, focused and selected for Ctrl+C. */
export function ManualCopy({ link, onClose }: { link: string; onClose: () => void }) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    box.current?.focus();
    box.current?.select();
  }, [link]);
  return (
    <div className="manual-copy">
      <label>
        Link to copy
        <input
          ref={box}
          type="text"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
        />
      </label>
      <button type="button" onClick={onClose}>
        Done
      </button>
    </div>
  );
}
