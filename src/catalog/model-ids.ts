/**
 * API model ids as links carry them. No data, so the first page load can decide from a link
 * alone whether it needs the full catalog before reading it.
 */

/**
 * Ids the curated list used before catalog version 2, now in the full catalog under
 * `provider:model`: old links and saved scenarios still name them.
 */
export const RENAMED_API_MODEL_IDS: Readonly<Record<string, string>> = {
  'gpt-4.1': 'openai:gpt-4.1',
  'gpt-4o': 'openai:gpt-4o',
  'claude-3-5-sonnet': 'anthropic:claude-3-5-sonnet',
  'gemini-2.5-pro': 'google:gemini-2.5-pro',
  'gemini-2.5-flash': 'google:gemini-2.5-flash',
};

/** Whether an id names a model of the full catalog (`provider:model`, or a renamed one). */
export const isFullCatalogId = (id: string) => id.includes(':') || id in RENAMED_API_MODEL_IDS;

/**
 * Whether a link names an API model outside the curated list (`am`, or a compared scenario's
 * `c1.am`/`c2.am`): the page then loads the full catalog before reading the link, so the model
 * is found rather than replaced by the default.
 */
export function linkNeedsFullCatalog(search: string): boolean {
  for (const [key, value] of new URLSearchParams(search)) {
    if (/^(c[12]\.)?am$/.test(key) && isFullCatalogId(value)) return true;
  }
  return false;
}
