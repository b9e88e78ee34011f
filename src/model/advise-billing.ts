/**
 * The advisor's billing hints (spec v2): how the API really bills — the cache's minimum prefix
 * and expiry, the long-context tier, a known price step — and the failure rate B must stay under.
 */
import type { Result } from './calculate.ts';
import type { Reason } from './advice-types.ts';
import { formatCount, formatNumber, formatPercent } from './format.ts';
import type { Scenario } from './scenario.ts';

/** Spec v2: an effective hit rate below this share of the configured one is worth a hint. */
const EXPIRY_HINT_SHARE = 0.9;

/** Spec v2: how the API really bills — cache minimum and expiry, long-context tier, price steps, quality. */
export function billingReasons(s: Scenario, r: Result): Reason[] {
  const reasons: Reason[] = [];
  const prefixTokens = s.systemPromptTokens + s.fewShotExamples * s.fewShotTokensPerExample;
  if (s.promptCaching && prefixTokens > 0 && prefixTokens < s.cacheMinPrefixTokens) {
    reasons.push({
      kind: 'hint',
      field: 'cacheMinPrefixTokens',
      text: `The ${formatCount(prefixTokens)}-token prompt prefix is shorter than the ${formatCount(s.cacheMinPrefixTokens)} tokens this model caches at least, so no cache discount is applied.`,
    });
  }
  if (s.cacheTtlMinutes > 0 && r.effectiveCacheHitRate < EXPIRY_HINT_SHARE * s.cacheHitRate) {
    // The spec's rule also fires when nothing is cached at all (effective rate 0): say why then.
    const cached = s.promptCaching && prefixTokens > 0 && prefixTokens >= s.cacheMinPrefixTokens;
    reasons.push({
      kind: 'hint',
      field: 'cacheTtlMinutes',
      text: cached
        ? `At ${formatCount(s.requestsPerDay)} requests per day the ${formatCount(s.cacheTtlMinutes)}-minute cache often expires between requests: the effective hit rate is ${formatPercent(r.effectiveCacheHitRate)}, not ${formatPercent(s.cacheHitRate)}.`
        : `Nothing is read from the cache (${s.promptCaching ? 'the prefix is too short to cache' : 'caching is off'}), so the effective hit rate is 0%, not ${formatPercent(s.cacheHitRate)}.`,
    });
  }
  if (r.longContextTier) {
    reasons.push({
      kind: 'hint',
      field: 'apiTierThresholdTokens',
      text: `Every request is billed at the long-context tier: the prompt is longer than ${formatCount(s.apiTierThresholdTokens)} tokens.`,
    });
  }
  if (s.apiPriceStepMonth > 0 && s.apiPriceStepMonth <= s.horizonMonths) {
    reasons.push({
      kind: 'hint',
      field: 'apiPriceStepMonth',
      text: `The API model's prices change from month ${formatCount(s.apiPriceStepMonth)} (input × ${formatNumber(s.apiPriceStepInputFactor)}, output × ${formatNumber(s.apiPriceStepOutputFactor)}).`,
    });
  }
  if (s.failureCost > 0 && r.breakEvenFailureRateB !== null) {
    reasons.push({
      kind: 'info',
      field: 'failureRateB',
      text: `Fine-tuning stays cheaper while the fine-tuned model fails on fewer than ${formatPercent(r.breakEvenFailureRateB)} of requests (today's estimate: ${formatPercent(s.failureRateB)}); measure it on a golden set before release.`,
    });
  }
  return reasons;
}
