// Kept apart from selectors.ts so the explanation's code loads only with the section that shows it.
import { explain } from '../model/explain.ts';
import type { Scenario } from '../model/scenario.ts';
import { memoizeByInput } from './memo.ts';
import { selectResult, useScenario } from './selectors.ts';

const selectExplanation = memoizeByInput((scenario: Scenario) =>
  explain(scenario, selectResult(scenario)),
);

export const useExplanation = () => selectExplanation(useScenario());
