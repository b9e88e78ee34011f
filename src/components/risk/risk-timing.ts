/** As long as the charts wait (TRAILING_QUIET_MS, use-trailing-value.ts): a slider has paused, not stopped by chance. */
export const RISK_QUIET_MS = 150;
