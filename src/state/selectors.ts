import type { CatalogSelection } from '../catalog/fields.ts';
import { advise } from '../model/advise.ts';
import { calculate } from '../model/calculate.ts';
import { fieldByKey, type NumericKey, type Scenario } from '../model/scenario.ts';
import { formatFieldValue } from '../model/field-format.ts';
import { catalogNow } from './catalog-runtime.ts';
import { memoizeByInput } from './memo.ts';
import { useStore, type Store } from './store.ts';
import { useCatalog } from './use-catalog.ts';

export const selectResult = memoizeByInput((scenario: Scenario) => calculate(scenario));
export const selectAdvice = memoizeByInput((scenario: Scenario) =>
  advise(scenario, selectResult(scenario)),
);

// Selectors defined once, not inline: React re-reads a store hook's snapshot after every render in
// which its selector function changed (one more effect to run in each commit), so an inline
// selector costs that on every slider move even when its value did not change.
const scenarioOf = (s: Store) => s.scenario;
const riskOf = (s: Store) => s.risk;
const selectionOf = (s: Store) => s.selection;

export const useScenario = () => useStore(scenarioOf);
/** The risk section's settings (ranges and seed). */
export const useRiskSettings = () => useStore(riskOf);
export const useResult = () => selectResult(useScenario());
export const useAdvice = () => selectAdvice(useScenario());

/** A's static prefix in tokens (the spec's S): system prompt plus few-shot examples. */
export const usePrefixTokens = () =>
  useStore(
    (s) =>
      s.scenario.systemPromptTokens +
      s.scenario.fewShotExamples * s.scenario.fewShotTokensPerExample,
  );

const selectSources = memoizeByInput((selection: CatalogSelection) => {
  const catalog = catalogNow();
  if (!catalog) return {};
  const sources = catalog.catalogFieldSources(selection);
  const withDisplay: Partial<
    Record<NumericKey, (typeof sources)[keyof typeof sources] & { display: string }>
  > = {};
  for (const [key, source] of Object.entries(sources) as Array<
    [NumericKey, (typeof sources)[keyof typeof sources]]
  >) {
    withDisplay[key] = { ...source, display: formatFieldValue(fieldByKey(key), source.value) };
  }
  return withDisplay;
});

/**
 * Where a catalog-filled field's value comes from (source, date, estimate, note), or undefined
 * (also while the catalog chunk is loading).
 */
export function useCatalogSource(key: NumericKey) {
  const catalog = useCatalog();
  const selection = useStore(selectionOf);
  return catalog ? selectSources(selection)[key] : undefined;
}

/**
 * What "total invested in B" holds, so the figure can say it: the one-time build, the retrains
 * within the horizon, and B's monthly upkeep over the horizon. The three add up to the result's
 * `investment` (the upkeep is what remains, so rounding never makes them disagree).
 */
export const selectInvestmentParts = memoizeByInput((scenario: Scenario) => {
  const r = selectResult(scenario);
  const retrains = r.months.filter((row) => row.retrain > 0);
  const retrainTotal = retrains.reduce((sum, row) => sum + row.retrain, 0);
  return {
    build: r.oneTimeB,
    retrainCount: retrains.length,
    retrains: retrainTotal,
    upkeep: r.investment - r.oneTimeB - retrainTotal,
  };
});
