/**
 * The page's reading of the version-2 figures (cost-model.md, "Version 2"): how the cache really
 * bills at this volume, a known change in A's prices, the cost of wrong answers and the names of
 * the models behind A and C. Pure and memoised per scenario, so components only format them.
 */
import { DEFAULT_NAMES } from '../catalog/default-fill.ts';
import { DEFAULT_SELECTION } from '../catalog/fields.ts';
import type { Result } from '../model/calculate.ts';
import { formatPercent } from '../model/format.ts';
import type { Scenario } from '../model/scenario.ts';
import { memoizeByInput } from './memo.ts';
import { selectResult, useScenario } from './selectors.ts';
import { useStore } from './store.ts';
import { useCatalog } from './use-catalog.ts';

/** Below this share of the configured hit rate the page says the cache expires between requests. */
export const EXPIRY_NOTICE_SHARE = 0.9;

/**
 * What the cache does to A's prefix at this volume, or null when caching is off or nothing
 * is left to say: 'too-short' when the prefix is below the model's cache minimum (no discount at
 * all); 'effective' when a cache lifetime is set (the hit rate this volume reaches, and whether
 * the cache often expires between requests).
 */
export type CacheReading =
  | { kind: 'too-short'; prefixTokens: number; minTokens: number }
  | {
      kind: 'effective';
      effectiveHitRate: number;
      configuredHitRate: number;
      requestsPerDay: number;
      ttlMinutes: number;
      expires: boolean;
    };

export function cacheReading(s: Scenario, r: Pick<Result, 'effectiveCacheHitRate'>) {
  if (!s.promptCaching) return null;
  const prefixTokens = s.systemPromptTokens + s.fewShotExamples * s.fewShotTokensPerExample;
  if (prefixTokens > 0 && prefixTokens < s.cacheMinPrefixTokens) {
    return { kind: 'too-short', prefixTokens, minTokens: s.cacheMinPrefixTokens } as const;
  }
  if (prefixTokens === 0 || !(s.cacheTtlMinutes > 0)) return null;
  return {
    kind: 'effective',
    effectiveHitRate: r.effectiveCacheHitRate,
    configuredHitRate: s.cacheHitRate,
    requestsPerDay: s.requestsPerDay,
    ttlMinutes: s.cacheTtlMinutes,
    expires: r.effectiveCacheHitRate < EXPIRY_NOTICE_SHARE * s.cacheHitRate,
  } as const;
}

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

/** What wrong answers cost each option over the horizon, in dollars (0 when failureCost is 0). */
export interface FailureTotals {
  a: number;
  b: number;
  c: number;
}

export function failureTotals(s: Scenario, r: Pick<Result, 'months'>): FailureTotals {
  let a = 0;
  let b = 0;
  for (const row of r.months) {
    a += row.failureA;
    b += row.failureB;
  }
  // C keeps A's prompt and A's quality (spec v2), so its wrong answers cost the same per request.
  const requests = r.months.reduce((sum, row) => sum + row.requests, 0);
  return { a, b, c: requests * s.failureRateA * s.failureCost };
}

export const selectCacheReading = memoizeByInput((s: Scenario) => cacheReading(s, selectResult(s)));
export const selectFailureTotals = memoizeByInput((s: Scenario) =>
  failureTotals(s, selectResult(s)),
);

export const useCacheReading = () => selectCacheReading(useScenario());
export const usePriceStep = () => {
  const scenario = useScenario();
  return priceStep(scenario);
};
export const useFailureTotals = () => selectFailureTotals(useScenario());

/**
 * The chosen API model's name (A), e.g. "Claude Sonnet 5". Until the catalog chunk has loaded
 * only the default's name is known; another model reads as "The API model" for that moment.
 */
export function useApiModelName(): string {
  const catalog = useCatalog();
  const id = useStore((s) => s.selection.apiModelId);
  if (catalog) return catalog.apiModel(id).name;
  return id === DEFAULT_SELECTION.apiModelId ? DEFAULT_NAMES.apiModel : 'The API model';
}

/** The chosen open base model's name (B and C), e.g. "Llama 3.1 8B"; as above while loading. */
export function useBaseModelName(): string {
  const catalog = useCatalog();
  const id = useStore((s) => s.selection.baseModelId);
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
export const useFailureSentence = () => selectFailureSentence(useScenario());
