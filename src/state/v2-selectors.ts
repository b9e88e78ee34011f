/**
 * The page's first-load reading of the version-2 figures (cost-model.md, "Version 2"): a known
 * change in A's prices, the failure rate B must stay under, and the names of the models behind A
 * and C. The readings only lazy parts show live in v2-readings.ts, off the first load.
 */
import { DEFAULT_NAMES } from '../catalog/default-fill.ts';
import { DEFAULT_SELECTION } from '../catalog/fields.ts';
import type { Result } from '../model/calculate.ts';
import { formatPercent } from '../model/format.ts';
import type { Scenario } from '../model/scenario.ts';
import { memoizeByInput } from './memo.ts';
import { selectResult } from './selectors.ts';
import { useStore, type Store } from './store.ts';
import { useCatalog } from './use-catalog.ts';

/**
 * A known change of A's prices that falls within the horizon, or null: its first month and
 * which way it goes ('rises' when no factor is below 1, 'falls' when none is above, else 'changes').
 */
export interface PriceStep {
  month: number;
  direction: 'rises' | 'falls' | 'changes';
}

export function priceStep(s: Scenario): PriceStep | null {
  const month = s.apiPriceStepMonth;
  if (!(month > 0 && month <= s.horizonMonths)) return null;
  const factors = [s.apiPriceStepInputFactor, s.apiPriceStepOutputFactor];
  if (factors.every((f) => f === 1)) return null;
  const direction = factors.every((f) => f >= 1)
    ? 'rises'
    : factors.every((f) => f <= 1)
      ? 'falls'
      : 'changes';
  return { month, direction };
}

/**
 * The step as text ("3 rises"), '' for none: a value a store hook compares as it is, so the notes
 * re-render when the step changes, not on every move of a slider.
 */
const priceStepKeyOf = (s: Store) => {
  const step = priceStep(s.scenario);
  return step === null ? '' : `${step.month} ${step.direction}`;
};

export function usePriceStep(): PriceStep | null {
  const key = useStore(priceStepKeyOf);
  if (key === '') return null;
  const [month, direction] = key.split(' ');
  return { month: Number(month), direction: direction as PriceStep['direction'] };
}

const apiModelIdOf = (s: Store) => s.selection.apiModelId;
const baseModelIdOf = (s: Store) => s.selection.baseModelId;

/**
 * The chosen API model's name (A), e.g. "Claude Sonnet 5". Until the catalog chunk has loaded
 * only the default's name is known; another model reads as "The API model" for that moment.
 */
export function useApiModelName(): string {
  const catalog = useCatalog();
  const id = useStore(apiModelIdOf);
  if (catalog) return catalog.apiModel(id).name;
  return id === DEFAULT_SELECTION.apiModelId ? DEFAULT_NAMES.apiModel : 'The API model';
}

/** The chosen open base model's name (B and C), e.g. "Llama 3.1 8B"; as above while loading. */
export function useBaseModelName(): string {
  const catalog = useCatalog();
  const id = useStore(baseModelIdOf);
  if (catalog) return catalog.baseModel(id).name;
  return id === DEFAULT_SELECTION.baseModelId ? DEFAULT_NAMES.baseModel : 'The small model';
}

/**
 * The headline's quality sentence: the failure rate of B at which fine-tuning stops paying, a
 * number an evaluation can test. Null when wrong answers cost nothing or no rate makes B pay.
 */
export function failureSentence(
  s: Pick<Scenario, 'failureCost'>,
  r: Pick<Result, 'breakEvenFailureRateB' | 'savings'>,
): string | null {
  const rate = r.breakEvenFailureRateB;
  if (!(s.failureCost > 0) || rate === null) return null;
  if (rate >= 1)
    return 'Fine-tuning stays cheaper even if the fine-tuned model fails on every request';
  const share = formatPercent(rate);
  return r.savings > 0
    ? `Fine-tuning stays cheaper while the fine-tuned model fails on fewer than ${share} of requests`
    : `Fine-tuning would pay only if the fine-tuned model failed on fewer than ${share} of requests`;
}

export const selectFailureSentence = memoizeByInput((s: Scenario) =>
  failureSentence(s, selectResult(s)),
);
