/** Longest scenario name, in UTF-16 code units (what an input's maxLength counts). */
export const NAME_MAX_LENGTH = 80;

/**
 * The most of a query string the link reader reads. A scenario's link is under 2,000 characters
 * (test/url/length.test.ts) and a comparison under three times that; 20,000 leaves room for
 * hand-made links and is what the saved list accepts, while a 1 MB link (which once took the page
 * 8.8 s to render, each broken key adding a line to the notice) costs nothing.
 */
export const QUERY_MAX_LENGTH = 20_000;
