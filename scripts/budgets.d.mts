export const INITIAL_JS_GZIP_BUDGET_BYTES: number;
