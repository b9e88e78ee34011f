import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Verdict } from '../../../src/components/Verdict.tsx';
import { QualitySection } from '../../../src/components/quality/QualitySection.tsx';
import { SettledScenario } from '../../../src/components/SettledScenario.tsx';
import { calculate } from '../../../src/model/calculate.ts';
import type { Scenario } from '../../../src/model/scenario.ts';
import { useStore } from '../../../src/state/store.ts';

const set = (change: Partial<Scenario>) =>
  act(() => useStore.setState({ scenario: { ...useStore.getState().scenario, ...change } }));

async function renderSection() {
  render(
    <>
      <Verdict />
      <QualitySection />
    </>,
    { wrapper: SettledScenario },
  );
  // The card's text loads lazily, after the first paint.
  return within(
    await screen.findByRole(
      'region',
      { name: 'What does a wrong answer cost?' },
      { timeout: 5000 },
    ),
  );
}

describe('What does a wrong answer cost?', () => {
  it('asks for the cost of a failure and both failure rates, saying how to measure them', async () => {
    const card = await renderSection();
    expect(card.getByRole('slider', { name: 'Cost of one wrong answer' })).toBeVisible();
    expect(card.getByRole('slider', { name: 'Wrong answers, prompted (A)' })).toBeVisible();
    expect(card.getByRole('slider', { name: 'Wrong answers, fine-tuned (B)' })).toBeVisible();
    expect(card.getAllByText(/golden set/).length).toBeGreaterThanOrEqual(1);
    expect(card.getAllByText(/human-reviewed sample/).length).toBeGreaterThanOrEqual(1);
    // Unpriced, quality stays out of the comparison, and the headline says nothing about it.
    expect(card.getByText(/At \$0 per wrong answer, quality does not enter/)).toBeVisible();
    expect(screen.queryByText(/fails on fewer than/)).toBeNull();
  });

  it('once priced, says what failures cost each option over the horizon', async () => {
    const card = await renderSection();
    // 10,000 requests a day for 12 months of 30 days: 3.6M requests.
    set({ requestsPerDay: 10_000, failureCost: 2, failureRateA: 0.05, failureRateB: 0.03 });
    // The card follows once the inputs pause (as the charts do).
    expect(
      await card.findByText(
        'Over 12 months wrong answers cost $360,000 when prompting (A) and $216,000 when fine-tuned (B).',
      ),
    ).toBeVisible();
  });

  it('puts the break-even failure rate into the headline, a rate that really is the break-even', async () => {
    const card = await renderSection();
    set({ requestsPerDay: 100_000, failureCost: 2, failureRateA: 0.05, failureRateB: 0.05 });
    const headline = screen.getByText(
      /Fine-tuning stays cheaper while the fine-tuned model fails/,
      {
        selector: '.headline',
      },
    );
    const match = /fewer than ([\d.]+)% of requests\./.exec(headline.textContent ?? '');
    expect(match).not.toBeNull();
    const rate = Number(match![1]) / 100;
    expect(rate).toBeGreaterThan(0.05);
    // Just below the rate fine-tuning still saves; just above it costs more.
    const s = useStore.getState().scenario;
    expect(calculate({ ...s, failureRateB: rate - 0.0001 }).savings).toBeGreaterThan(0);
    expect(calculate({ ...s, failureRateB: rate + 0.0001 }).savings).toBeLessThan(0);
    // The card says the same, so whoever sets the rates reads it beside them.
    expect(
      await card.findByText(`fewer than ${match![1]}% of requests`, { exact: false }),
    ).toBeVisible();
  });
});
