// The verdict card and the summary bar skip re-rendering while what they show stays the same
// (VerdictCard.tsx, SummaryBar.tsx). What a reader relies on: every change of the headline shows
// at once in both, also when the verdict itself stays the same, and also while the reasons are
// held during a drag.
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MobileSummary } from '../../src/components/MobileSummary.tsx';
import { SettledScenario } from '../../src/components/SettledScenario.tsx';
import { Verdict } from '../../src/components/Verdict.tsx';
import { advise } from '../../src/model/advise.ts';
import { calculate } from '../../src/model/calculate.ts';
import { useStore } from '../../src/state/store.ts';

const adviceNow = () => {
  const { scenario } = useStore.getState();
  return advise(scenario, calculate(scenario));
};

describe('the headline in the verdict card and the summary bar', () => {
  it('follows each move of the volume that changes it, with the same verdict', async () => {
    render(
      <>
        <MobileSummary />
        <Verdict />
      </>,
      { wrapper: SettledScenario },
    );
    const card = () => screen.getByRole('region', { name: 'Verdict' });
    const bar = () => within(screen.getByRole('complementary', { name: 'Verdict summary' }));
    // The odds loaded: from here a move holds the reasons, and the card has only the headline to
    // tell it that something changed.
    await screen.findByText(/^Weighed against 2,000 simulated futures/, {}, { timeout: 20_000 });
    // Past the break-even the headline names the saving, which each move of the volume changes.
    act(() => useStore.getState().setNumber('requestsPerDay', 50_000));
    const before = adviceNow();
    expect(before.headline).toMatch(/^Fine-tuning .* saves \$/);
    expect(card().querySelector('.headline')).toHaveTextContent(before.headline);
    for (const volume of [60_000, 70_000, 80_000]) {
      act(() => useStore.getState().setNumber('requestsPerDay', volume));
      const now = adviceNow();
      expect(now.verdict).toBe(before.verdict);
      expect(now.headline).not.toBe(before.headline);
      expect(card().querySelector('.headline')).toHaveTextContent(now.headline);
      expect(within(card()).getByRole('list')).toHaveAttribute('aria-busy', 'true');
      expect(bar().getByText(now.headline)).toBeInTheDocument();
    }
  });
});
