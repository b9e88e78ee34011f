// Size budgets, in one place. Bytes are deterministic, so tests may assert them.

/** Initial JavaScript (what index.html loads before any lazy chunk), gzip-compressed, in bytes. */
export const INITIAL_JS_GZIP_BUDGET_BYTES = 90 * 1024;
