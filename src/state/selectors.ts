import type { CatalogSelection } from '../catalog/fields.ts';
import { advise } from '../model/advise.ts';
import { calculate } from '../model/calculate.ts';
import { fieldByKey, type NumericKey, type Scenario } from '../model/scenario.ts';
import { formatFieldValue } from '../model/field-format.ts';
import { catalogNow } from './catalog-runtime.ts';
import { memoizeByInput } from './memo.ts';
import { useStore } from './store.ts';
import { useCatalog } from './use-catalog.ts';

export const selectResult = memoizeByInput((scenario: Scenario) => calculate(scenario));
export const selectAdvice = memoizeByInput((scenario: Scenario) =>
  advise(scenario, selectResult(scenario)),
);

export const useScenario = () => useStore((s) => s.scenario);
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
  const selection = useStore((s) => s.selection);
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
