import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PresetMenu } from '../../src/components/PresetMenu.tsx';
import { Verdict } from '../../src/components/Verdict.tsx';
import { PRESETS } from '../../src/state/presets.ts';
import { useStore } from '../../src/state/store.ts';

describe('preset menu', () => {
  it('loads each preset into the scenario, which then shows a verdict and stays editable', async () => {
    const user = userEvent.setup();
    render(
      <>
        <PresetMenu />
        <Verdict />
      </>,
    );
    await user.click(screen.getByText('Start from a preset'));
    for (const preset of PRESETS) {
      const button = await screen.findByRole('button', { name: preset.name });
      await user.click(button);
      expect(button).toHaveAttribute('aria-pressed', 'true');
      const state = useStore.getState();
      expect(state.name).toBe(preset.name);
      expect(state.scenario.requestsPerDay).toBe(preset.scenario.requestsPerDay);
      expect(screen.getByText(/^Verdict: /)).toHaveTextContent(/Fine-tune|Not yet|Don't fine-tune/);
      expect(
        screen.getByText(`Loaded “${preset.name}”. Every value stays editable.`),
      ).toBeInTheDocument();
    }
    useStore.getState().setNumber('requestsPerDay', 123);
    expect(useStore.getState().scenario.requestsPerDay).toBe(123);
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
