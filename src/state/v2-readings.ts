/**
 * Readings of the version-2 figures (cost-model.md, "Version 2") that only lazily loaded parts
 * show: what the cache really does at this volume, and what wrong answers cost each option.
 * Pure functions of a scenario and its result; no store, so importing this from a lazy chunk
 * leaves the first load alone.
 */
import type { Result } from '../model/calculate.ts';
import type { Scenario } from '../model/scenario.ts';
import { staticPrefixTokensOf } from '../model/unit-costs.ts';
import { cacheNoticeShows } from './cache-notice-shows.ts';

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
  if (!cacheNoticeShows(s)) return null;
  const prefixTokens = staticPrefixTokensOf(s);
  if (prefixTokens < s.cacheMinPrefixTokens) {
    return { kind: 'too-short', prefixTokens, minTokens: s.cacheMinPrefixTokens } as const;
  }
  return {
    kind: 'effective',
    effectiveHitRate: r.effectiveCacheHitRate,
    configuredHitRate: s.cacheHitRate,
    requestsPerDay: s.requestsPerDay,
    ttlMinutes: s.cacheTtlMinutes,
    expires: r.effectiveCacheHitRate < EXPIRY_NOTICE_SHARE * s.cacheHitRate,
  } as const;
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
