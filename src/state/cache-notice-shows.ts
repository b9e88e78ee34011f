import type { Scenario } from '../model/scenario.ts';
import { staticPrefixTokensOf } from '../model/unit-costs.ts';

/**
 * Whether the cache notice has something to say (cacheReading is not null): caching is on, and
 * the prefix is either too short for the model's cache or has a cache lifetime to read against.
 * A module of its own: the first load asks it to keep the notice's place while the notice's
 * sentences load, and v2-readings would bring the rest of the readings with it.
 */
export function cacheNoticeShows(s: Scenario): boolean {
  if (!s.promptCaching) return false;
  const prefixTokens = staticPrefixTokensOf(s);
  return prefixTokens > 0 && (prefixTokens < s.cacheMinPrefixTokens || s.cacheTtlMinutes > 0);
}
