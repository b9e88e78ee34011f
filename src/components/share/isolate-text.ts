/** Characters that change the direction of the text after them (overrides, embeddings, isolates, marks). */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * A user's text placed inside a sentence: when it carries direction controls (a name such as
 * "\u202Eevil" would otherwise reverse the words after it), it is wrapped in first-strong isolate
 * and pop-directional-isolate characters, so it cannot reorder the text around it. JSX uses
 * <bdi>; this is for strings (labels, legends, exported images).
 */
export function isolateText(text: string): string {
  return BIDI_CONTROL.test(text) ? `\u2068${text}\u2069` : text;
}
