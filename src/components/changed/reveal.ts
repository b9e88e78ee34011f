/**
 * Takes the reader to an input's control: opens the collapsed group that holds it (groups render
 * their controls only while open), scrolls it into view, focuses it and marks it for a moment.
 * DOM only, so the page's components need nothing but two data attributes:
 * `data-field` on a control's row and `data-fields` (space-separated) on a collapsible group.
 */

/** How long to wait for an opened group to render its controls: 60 × 16 ms, about a second. */
const TRIES = 60;
const MARK_MS = 2_000;

/** The element to focus within a control's row: its typed box, a select, or a checked option. */
function focusable(row: HTMLElement): HTMLElement | null {
  if (row.matches('input, select, button, textarea')) return row;
  // In order of preference (one selector list would return whichever comes first in the row).
  for (const selector of ['input[type="text"]', 'select', 'input:checked', 'input', 'button']) {
    const found = row.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

function rowOf(root: ParentNode, control: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-field="${CSS.escape(control)}"]`);
}

function openGroupOf(root: ParentNode, control: string): void {
  for (const group of root.querySelectorAll<HTMLDetailsElement>('details[data-fields]')) {
    if (group.dataset.fields?.split(' ').includes(control)) group.open = true;
  }
}

/**
 * Opens, scrolls to and focuses `control`'s row. Resolves true once focused, false when the
 * page has no such control (a field the current serving mode does not show).
 */
export function revealControl(control: string, root: Document = document): Promise<boolean> {
  if (rowOf(root, control) === null) openGroupOf(root, control);
  return new Promise((resolve) => {
    const attempt = (left: number) => {
      const row = rowOf(root, control);
      if (row === null) {
        if (left > 0) setTimeout(() => attempt(left - 1), 16);
        else resolve(false);
        return;
      }
      const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
      row.scrollIntoView?.({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
      focusable(row)?.focus({ preventScroll: true });
      row.classList.add('revealed');
      setTimeout(() => row.classList.remove('revealed'), MARK_MS);
      resolve(true);
    };
    attempt(TRIES);
  });
}
