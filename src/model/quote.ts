/** Longest quote of someone's text in a message: enough to recognise it, never a wall of text. */
const LONGEST_QUOTE = 40;

/**
 * A short quote of text a person or a link gave, for a message: “5x”, or the first 40 characters
 * and an ellipsis. Messages rendered from it are text, never HTML.
 */
export function quote(text: string): string {
  const short = text.length > LONGEST_QUOTE ? `${text.slice(0, LONGEST_QUOTE)}…` : text;
  return `“${short}”`;
}
