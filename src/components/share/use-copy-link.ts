import { useCallback, useEffect, useRef, useState } from 'react';

/** How long a confirmation stays on screen, in ms: long enough to read, short enough to not pile up. */
export const CONFIRMATION_MS = 5_000;

/**
 * A short confirmation that clears itself. Kept in the component that shows it, since nothing
 * else on the page needs it.
 */
export function useConfirmation(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  const show = useCallback((text: string) => {
    if (timer.current !== null) clearTimeout(timer.current);
    setMessage(text);
    timer.current = setTimeout(() => setMessage(''), CONFIRMATION_MS);
  }, []);
  return [message, show];
}

/**
 * Copies a link with the Clipboard API. Where that is missing (an http page) or refused, the
 * link is handed back as `manualLink` for the page to show selected, ready for Ctrl+C.
 */
export function useCopyLink(confirm: (message: string) => void, copied: string) {
  const [manualLink, setManualLink] = useState<string | null>(null);
  const copy = useCallback(
    async (url: string) => {
      try {
        // Throws a TypeError when the API is missing, rejects when permission is refused.
        await navigator.clipboard.writeText(url);
        setManualLink(null);
        confirm(copied);
      } catch {
        setManualLink(url);
        confirm(
          'Your browser did not let the page copy. The link is selected below: press Ctrl+C (⌘C on a Mac).',
        );
      }
    },
    [confirm, copied],
  );
  return { copy, manualLink, closeManual: () => setManualLink(null) };
}
