import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Assumptions } from '../../../src/components/Assumptions.tsx';
import { HeadlineControls } from '../../../src/components/HeadlineControls.tsx';
import { Readiness } from '../../../src/components/Readiness.tsx';
import { SettledScenario } from '../../../src/components/SettledScenario.tsx';
import { ChangedInputs } from '../../../src/components/results-extras.tsx';
import { useStore } from '../../../src/state/store.ts';

/** The page's parts that hold every control, and the summary at the top of the results. */
function renderPage() {
  return render(
    <>
      <ChangedInputs />
      <HeadlineControls />
      <Assumptions />
      <Readiness />
    </>,
    { wrapper: SettledScenario },
  );
}

const summary = () => screen.findByRole('region', { name: /changed from defaults/i });
const items = async () =>
  within(await summary())
    .getAllByRole('listitem')
    .map((li) => li.textContent?.replace(/\s+/g, ' ').trim());

// The summary is a lazy chunk; the first render of each test waits for it.
describe('Changed from defaults', { timeout: 30_000 }, () => {
  it('is absent while the scenario is the one a first visit shows', async () => {
    renderPage();
    await screen.findByRole('slider', { name: 'Requests per day' });
    // Give the lazy chunk time to arrive: it must still render nothing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('region', { name: /changed from defaults/i })).toBeNull();
  });

  it('lists every edit old → new, marks catalog values, and forgets an edit undone', async () => {
    renderPage();
    const { setNumber, setBoolean, setServingMode } = useStore.getState();
    act(() => {
      setNumber('requestsPerDay', 5_000);
      setNumber('apiInputPrice', 3); // the default model's catalog price is $2.00/M tokens
      setNumber('monthlyGrowth', 0.05);
      setServingMode('dedicated');
      setBoolean('triedRag', true);
    });
    expect(await summary()).toHaveTextContent('Changed from defaults (5)');
    expect(await items()).toEqual([
      'Requests per day: 10,000 requests/day → 5,000 requests/day',
      'Monthly growth: 0% → 5%',
      'API input price: $2.00/M tokens (catalog) → $3.00/M tokens',
      'Serving the fine-tuned model: Serverless, per token → Dedicated GPUs',
      'We tried retrieval (RAG): No → Yes',
    ]);

    act(() => useStore.getState().setNumber('requestsPerDay', 10_000));
    // The list follows once the inputs pause (as the charts do), not on every move of a slider.
    await waitFor(async () => expect(await items()).toHaveLength(4));
    expect((await items()).join()).not.toContain('Requests per day');
  });

  it('names a changed model by its catalog name', async () => {
    renderPage();
    act(() => useStore.getState().select({ apiModelId: 'gpt-6-luna' }));
    const [first] = await items();
    expect(first).toMatch(/^Prompting: API model \(A\): Claude Sonnet 5 → GPT/);
  });

  it('takes the reader to a control inside a closed group, opened and focused', async () => {
    const user = userEvent.setup();
    renderPage();
    act(() => useStore.getState().setNumber('monthlyGrowth', 0.05));
    const group = screen.getByText('Workload: growth and horizon').closest('details');
    expect(group).not.toHaveAttribute('open');
    expect(screen.queryByRole('slider', { name: 'Monthly growth' })).toBeNull();

    await user.click(within(await summary()).getByRole('button', { name: 'Monthly growth' }));
    const box = await screen.findByRole('textbox', { name: 'Monthly growth (%)' });
    await waitFor(() => expect(box).toHaveFocus());
    expect(group).toHaveAttribute('open');
    expect(box).toHaveValue('5');
  });

  it('takes the reader to a control that is always shown', async () => {
    const user = userEvent.setup();
    renderPage();
    act(() => useStore.getState().setBoolean('needsFreshKnowledge', true));
    await user.click(
      within(await summary()).getByRole('button', { name: 'Answers need facts that change often' }),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('checkbox', { name: /Answers need facts that change often/ }),
      ).toHaveFocus(),
    );
  });

  it('folds a long list behind "Show all"', async () => {
    const user = userEvent.setup();
    renderPage();
    act(() => {
      const { setNumber } = useStore.getState();
      setNumber('requestsPerDay', 5_000);
      setNumber('inputTokens', 800);
      setNumber('outputTokens', 100);
      setNumber('systemPromptTokens', 3_000);
      setNumber('fewShotExamples', 8);
      setNumber('trainingExamples', 5_000);
      setNumber('hourlyRate', 120);
    });
    expect(await items()).toHaveLength(6);
    await user.click(screen.getByRole('button', { name: 'Show all 7 changes' }));
    expect(await items()).toHaveLength(7);
  });
});
