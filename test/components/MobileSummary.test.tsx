import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SettledScenario } from '../../src/components/SettledScenario.tsx';
import { MobileSummary } from '../../src/components/MobileSummary.tsx';
import { advise } from '../../src/model/advise.ts';
import { calculate } from '../../src/model/calculate.ts';
import { useStore } from '../../src/state/store.ts';

describe('MobileSummary', () => {
  it('keeps the current verdict and headline in sight, with a link to the results', () => {
    render(<MobileSummary />, { wrapper: SettledScenario });
    const bar = within(screen.getByRole('complementary', { name: 'Verdict summary' }));
    const { scenario } = useStore.getState();
    expect(bar.getByText(advise(scenario, calculate(scenario)).headline)).toBeInTheDocument();
    expect(bar.getByRole('link', { name: 'Results' })).toHaveAttribute('href', '#verdict-title');
    act(() => useStore.getState().setBoolean('wantsGeneralCapability', true));
    expect(bar.getByText("Don't fine-tune")).toBeInTheDocument();
  });
});
