import { formatCount, formatPercent } from '../../model/format.ts';
import type { Result } from '../../model/calculate.ts';
import type { Scenario } from '../../model/scenario.ts';
import { cacheReading } from '../../state/v2-readings.ts';

export interface CacheNoticeTextProps {
  scenario: Scenario;
  /** The scenario's result (selectResult): its effective hit rate. */
  result: Pick<Result, 'effectiveCacheHitRate'>;
  /** The API model's name, e.g. "Claude Sonnet 5". */
  model: string;
}

/** A share to a tenth of a percent, as people read a hit rate: 0.5195 → "52 %", 0.648 → "64.8 %". */
const share = (rate: number) => formatPercent(Math.round(rate * 1000) / 1000);

/**
 * What the provider's cache really does at this volume: nothing at all when the prompt prefix is
 * shorter than the model caches, else the effective hit rate — a warning when the cache expires
 * between requests, and a confirmation when it stays warm.
 *
 * The confirmation shows too, in a sentence about as long as the warning, so the box keeps its
 * place and its height when a volume slider crosses the point where the cache starts to expire:
 * a notice that came and went moved everything below it, and those moves were the slowest of a
 * drag (docs/benchmarks.md).
 */
export default function CacheNoticeText({ scenario, result, model }: CacheNoticeTextProps) {
  const reading = cacheReading(scenario, result);
  if (reading === null) return null;
  if (reading.kind === 'too-short') {
    return (
      <p className="billing-notice" data-tone="warn" role="note">
        Too short to cache: {model} caches only prefixes of at least{' '}
        {formatCount(reading.minTokens)} tokens, so this {formatCount(reading.prefixTokens)}-token
        prefix pays the full input price on every request.
      </p>
    );
  }
  const rate = `Effective ${share(reading.effectiveHitRate)} at ${formatCount(reading.requestsPerDay)} requests/day`;
  return (
    <p className="billing-notice" data-tone={reading.expires ? 'warn' : 'info'} role="note">
      {reading.expires
        ? `${rate}: the ${formatCount(reading.ttlMinutes)}-minute cache expires between requests, so fewer prefixes are read from it than the ${share(reading.configuredHitRate)} set.`
        : `${rate}: requests come often enough to keep the ${formatCount(reading.ttlMinutes)}-minute cache warm, so about as many prefixes are read from it as the ${share(reading.configuredHitRate)} set.`}
    </p>
  );
}
