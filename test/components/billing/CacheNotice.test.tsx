import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { CacheNotice as CacheNoticeSlot } from '../../../src/components/billing/CacheNotice.tsx';
import CacheNoticeText from '../../../src/components/billing/CacheNoticeText.tsx';
import { calculate } from '../../../src/model/calculate.ts';
import type { Scenario } from '../../../src/model/scenario.ts';
import { useStore } from '../../../src/state/store.ts';

/** The page's scenario with `change`, as the wrapper hands it down with its result. */
let scenario: Scenario = useStore.getInitialState().scenario;
const set = (change: Partial<Scenario>) => {
  scenario = { ...scenario, ...change };
};
function CacheNotice() {
  return (
    <CacheNoticeText scenario={scenario} result={calculate(scenario)} model="Claude Sonnet 5" />
  );
}

/** An 800-token prefix: a 500-token system prompt and three 100-token examples. */
const SHORT_PREFIX = { systemPromptTokens: 500, fewShotExamples: 3, fewShotTokensPerExample: 100 };

describe('CacheNotice', () => {
  beforeEach(() => {
    scenario = useStore.getInitialState().scenario;
  });

  it('says plainly when the prompt is too short for the chosen model to cache', () => {
    set({ ...SHORT_PREFIX, cacheMinPrefixTokens: 1_024 });
    render(<CacheNotice />);
    expect(screen.getByRole('note')).toHaveTextContent(
      'Too short to cache: Claude Sonnet 5 caches only prefixes of at least 1,024 tokens, so this 800-token prefix pays the full input price on every request.',
    );
  });

  it('says nothing about the cache when caching is off, or the prefix is long enough', () => {
    set({ ...SHORT_PREFIX, cacheMinPrefixTokens: 1_024, promptCaching: false });
    const { rerender } = render(<CacheNotice />);
    expect(screen.queryByRole('note')).toBeNull();
    set({ promptCaching: true, cacheMinPrefixTokens: 800, cacheTtlMinutes: 0 });
    rerender(<CacheNotice />);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('gives the effective hit rate at a low volume, where the cache expires between requests', () => {
    set({ requestsPerDay: 300, cacheTtlMinutes: 5, cacheHitRate: 0.8 });
    render(<CacheNotice />);
    // Poisson arrivals: P(another request within 5 minutes) = 1 − e^(−300 / 86,400 × 300).
    const effective = 0.8 * (1 - Math.exp((-300 / 86_400) * 300));
    expect(effective).toBeCloseTo(0.5177, 4);
    expect(screen.getByRole('note')).toHaveTextContent(
      'Effective 51.8% at 300 requests/day: the 5-minute cache expires between requests, so fewer prefixes are read from it than the 80% set.',
    );
  });

  it('confirms a warm cache at a high volume, in the same box the warning used', () => {
    set({ requestsPerDay: 300, cacheTtlMinutes: 5, cacheHitRate: 0.8 });
    const { rerender } = render(<CacheNotice />);
    const box = screen.getByRole('note');
    expect(box).toHaveAttribute('data-tone', 'warn');
    set({ requestsPerDay: 10_000 });
    rerender(<CacheNotice />);
    // The same element, so the page below it keeps its place as a slider crosses the point.
    expect(screen.getByRole('note')).toBe(box);
    expect(box).toHaveAttribute('data-tone', 'info');
    expect(box).toHaveTextContent(
      'Effective 80% at 10,000 requests/day: requests come often enough to keep the 5-minute cache warm, so about as many prefixes are read from it as the 80% set.',
    );
  });
});

describe('the cache notice while its sentences load', () => {
  beforeEach(() => useStore.setState(useStore.getInitialState()));

  it('keeps its place from the first render, unseen, so nothing below moves when it comes', async () => {
    const { container } = render(<CacheNoticeSlot />);
    // React.lazy's first render is the fallback: nothing said yet, and nothing for a screen reader.
    expect(screen.queryByRole('note')).toBeNull();
    const kept = container.querySelector('.keep-place');
    expect(kept).toHaveAttribute('aria-hidden', 'true');
    const note = await screen.findByRole('note');
    expect(container.querySelector('.keep-place')).toBeNull();
    // About as many characters as the sentence, so it wraps to about as many lines at any width.
    const ratio = (kept?.textContent?.length ?? 0) / (note.textContent?.length ?? 1);
    expect(ratio).toBeGreaterThan(0.85);
    expect(ratio).toBeLessThan(1.15);
  });

  it('keeps no place when there is nothing to say (caching off)', async () => {
    const { scenario } = useStore.getState();
    useStore.setState({ scenario: { ...scenario, promptCaching: false } });
    const { container } = render(<CacheNoticeSlot />);
    expect(container).toBeEmptyDOMElement();
    // Still nothing once the sentences' code is in.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container).toBeEmptyDOMElement();
  });
});
