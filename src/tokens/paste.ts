/**
 * Huge pastes, inserted by the page instead of the browser. A text box's own paste of 5 MB blocked
 * the page for 9 s, and of 2.6 MB of emoji for over 9 minutes (Chromium's editing, measured with
 * scripts/bench-paste.mjs); putting the same text into the page's state takes milliseconds.
 */

/** Line breaks as a text box's value holds them: "\r\n" and "\r" become "\n". */
export function textBoxLineBreaks(text: string): string {
  // The common case (no "\r" at all) costs one scan and no copy.
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** `value` with `inserted` put in place of the characters from `start` to `end`. */
export function insertText(value: string, start: number, end: number, inserted: string): string {
  const from = Math.max(0, Math.min(start, end, value.length));
  const to = Math.max(from, Math.min(Math.max(start, end), value.length));
  return value.slice(0, from) + textBoxLineBreaks(inserted) + value.slice(to);
}
