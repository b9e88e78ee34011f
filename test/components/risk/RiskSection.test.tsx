import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RiskArea } from '../../../src/components/RiskArea.tsx';
import { SettledScenario } from '../../../src/components/SettledScenario.tsx';
import { Verdict } from '../../../src/components/Verdict.tsx';
import { calculate } from '../../../src/model/calculate.ts';
import { riskHeadline } from '../../../src/model/risk-advice.ts';
import { effectiveRanges } from '../../../src/model/risk-ranges.ts';
import type { RiskSettings } from '../../../src/model/risk-settings.ts';
import { DEFAULT_SCENARIO } from '../../../src/model/scenario.ts';
import { simulate } from '../../../src/model/simulate.ts';
import { useStore } from '../../../src/state/store.ts';

/** The headline the page should show for the store's current inputs. */
function expectedHeadline(risk: RiskSettings = useStore.getState().risk) {
  const { scenario } = useStore.getState();
  const sim = simulate(scenario, effectiveRanges(scenario, risk.ranges), { seed: risk.seed });
  return `${riskHeadline(sim, scenario.horizonMonths)}.`;
}

/** The loaded section (the placeholder before it has the same name, but no ranges). */
async function section() {
  await screen.findByRole(
    'button',
    { name: 'Requests per day: make certain' },
    { timeout: 20_000 },
  );
  return within(screen.getByRole('region', { name: 'How sure is this?' }));
}

// jsdom has no Worker: the simulation runs on the main thread here, 2,000 samples at a time.
describe('How sure is this?', { timeout: 60_000 }, () => {
  it('shows the odds of the default ranges, and redoes them when a range changes', async () => {
    render(<RiskArea />, { wrapper: SettledScenario });
    const risk = await section();
    expect(await risk.findByText(expectedHeadline(), {}, { timeout: 20_000 })).toBeVisible();
    expect(risk.getByRole('textbox', { name: 'Requests per day: low (requests/day)' })).toHaveValue(
      '5000',
    );

    fireEvent.change(risk.getByRole('textbox', { name: 'Requests per day: high (requests/day)' }), {
      target: { value: '80000' },
    });
    expect(useStore.getState().risk.ranges.requestsPerDay).toEqual({ low: 5_000, high: 80_000 });
    expect(await risk.findByText(expectedHeadline(), {}, { timeout: 20_000 })).toBeVisible();
  });

  it('takes the odds down while a slider moves, and shows the new ones once it pauses', async () => {
    render(<RiskArea />, { wrapper: SettledScenario });
    const risk = await section();
    const before = expectedHeadline();
    expect(await risk.findByText(before, {}, { timeout: 20_000 })).toBeVisible();

    // A drag: moves 30 ms apart, each shorter than the pause the section waits for.
    for (const volume of [12_000, 14_000, 16_000, 18_000]) {
      act(() => useStore.getState().setNumber('requestsPerDay', volume));
      expect(risk.queryByText(before)).toBeNull();
      expect(risk.getByText('Simulating 2,000 futures…')).toBeVisible();
      await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    }
    const after = expectedHeadline();
    expect(after).not.toBe(before);
    expect(await risk.findByText(after, {}, { timeout: 20_000 })).toBeVisible();
    // The ranges follow the paused scenario too: the volume's default range is around 18,000.
    expect(risk.getByRole('textbox', { name: 'Requests per day: low (requests/day)' })).toHaveValue(
      '9000',
    );
  });

  it('takes a cleared input as certain, and says so when every input is', async () => {
    const user = userEvent.setup();
    render(<RiskArea />, { wrapper: SettledScenario });
    const risk = await section();
    for (const button of await risk.findAllByRole('button', { name: /: make certain$/ })) {
      await user.click(button);
    }
    expect(
      await risk.findByText(/every input is marked certain/i, {}, { timeout: 20_000 }),
    ).toBeVisible();
    const point = calculate(useStore.getState().scenario).savings;
    expect(risk.getByText(/^Fine-tuning is cheaper over/)).toHaveTextContent(
      point > 0 ? 'in 100% of 2,000' : 'in 0% of 2,000',
    );
    await user.click(risk.getByRole('button', { name: 'Monthly growth: default range' }));
    expect(risk.getByRole('textbox', { name: 'Monthly growth: low (%)' })).toHaveValue('-2');
  });

  it('turns a likely-looking "fine-tune" into "not yet" when most futures cost more', async () => {
    // Clearly cheaper at the best guesses, but one wrong answer costs $1 and B's failure rate
    // may turn out well above A's: in most futures the failures eat the saving.
    act(() => {
      const store = useStore.getState();
      store.load({
        ...store,
        scenario: {
          ...DEFAULT_SCENARIO,
          requestsPerDay: 500_000,
          triedPromptEngineering: true,
          failureCost: 1,
          failureRateA: 0.05,
          failureRateB: 0.05,
        },
        risk: { ranges: { failureRateB: { low: 0.05, high: 0.5 } }, seed: 1 },
      });
    });
    render(<Verdict />, { wrapper: SettledScenario });
    expect(screen.getByRole('status')).toHaveTextContent('Verdict: Fine-tune');
    expect(await screen.findByText('Verdict: Not yet', {}, { timeout: 20_000 })).toBeVisible();
    expect(screen.getByText(/The saving is not likely/)).toBeVisible();
  });
});
