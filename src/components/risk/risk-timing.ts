/** As long as the charts wait (ChartsArea's CHART_QUIET_MS): a slider has paused, not stopped by chance. */
export const RISK_QUIET_MS = 150;
