import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PresetMenu } from '../../src/components/PresetMenu.tsx';
import { SettledScenario } from '../../src/components/SettledScenario.tsx';
import { Verdict } from '../../src/components/Verdict.tsx';
import { advise } from '../../src/model/advise.ts';
import { calculate } from '../../src/model/calculate.ts';
import { PRESETS } from '../../src/state/presets.ts';
import { useStore } from '../../src/state/store.ts';

/** The words a user reads for each of the advisor's verdicts. */
const WORDS = { 'fine-tune': 'Fine-tune', 'not-yet': 'Not yet', dont: "Don't fine-tune" };

describe('preset menu', () => {
  it('loads each preset into the scenario and shows its verdict', async () => {
    const user = userEvent.setup();
    render(
      <>
        <PresetMenu />
        <Verdict />
      </>,
      { wrapper: SettledScenario },
    );
    await user.click(screen.getByText('Start from a preset'));
    for (const preset of PRESETS) {
      const button = await screen.findByRole('button', { name: preset.name });
      await user.click(button);
      expect(button).toHaveAttribute('aria-pressed', 'true');
      const state = useStore.getState();
      expect(state.name).toBe(preset.name);
      expect(state.scenario.requestsPerDay).toBe(preset.scenario.requestsPerDay);
      const { verdict } = advise(state.scenario, calculate(state.scenario));
      expect(screen.getByText(/^Verdict: /)).toHaveTextContent(`Verdict: ${WORDS[verdict]}`);
      expect(
        screen.getByText(`Loaded “${preset.name}”. Every value stays editable.`),
      ).toBeInTheDocument();
    }
  });

  it('states each preset’s assumptions', async () => {
    const user = userEvent.setup();
    render(<PresetMenu />);
    await user.click(screen.getByText('Start from a preset'));
    const item = (await screen.findByRole('button', { name: PRESETS[0]!.name })).closest('li')!;
    await user.click(within(item).getByText('Assumptions'));
    expect(within(item).getByText('Requests per day: 50,000 requests/day')).toBeVisible();
    expect(within(item).getByText(/Prompting: /)).toBeVisible();
  });
});
