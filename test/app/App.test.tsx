import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { advise } from '../../src/model/advise.ts';
import { calculate } from '../../src/model/calculate.ts';
import { formatUsd, formatUsdShort } from '../../src/model/format.ts';
import { useStore } from '../../src/state/store.ts';

const verdict = () => screen.getByText(/^Verdict:/).textContent ?? '';
const expected = () => {
  const { scenario } = useStore.getState();
  const result = calculate(scenario);
  return { result, advice: advise(scenario, result) };
};
/** The dollar figure on a cost-per-request line ("A: prompting $0.00875"), as a number. */
const perRequest = (name: string) => {
  const label = within(figure('Cost per request')).getByText(name);
  return Number((label.nextElementSibling?.textContent ?? '').replace(/[$,]/g, ''));
};
/** Shown to three significant figures: within half a percent of the model's figure. */
const close = (shown: number, exact: number) =>
  expect(Math.abs(shown - exact)).toBeLessThanOrEqual(Math.abs(exact) * 0.005);
const figure = (label: string) => {
  const term = screen.getAllByText(label, { selector: 'dt' })[0];
  if (!term?.parentElement) throw new Error(`no figure ${label}`);
  return term.parentElement;
};

describe('the calculator page', () => {
  it('shows the scenario controls and the results', () => {
    render(<App />);
    expect(screen.getByRole('region', { name: /your scenario/i })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /results/i })).toBeInTheDocument();
  });

  it('shows the verdict, headline and cost per request the model computes', () => {
    render(<App />);
    const { result, advice } = expected();
    expect(screen.getByText(`${advice.headline}.`)).toBeVisible();
    close(perRequest('A: prompting'), result.costPerRequestA);
    // The words a user reads for each of the advisor's verdicts, spelled out here, not imported.
    const words = { 'fine-tune': 'Fine-tune', 'not-yet': 'Not yet', dont: "Don't fine-tune" };
    expect(verdict()).toBe(`Verdict: ${words[advice.verdict]}`);
  });

  it.each([
    ['Requests per day', '1000'],
    ['System prompt', '900'],
    ['Few-shot examples', '600'],
    ['Tokens per few-shot example', '900'],
    ['Training examples', '900'],
    ['Tokens per training example', '600'],
  ])('moving "%s" updates the verdict and figures to what the model says', (label, position) => {
    render(<App />);
    const before = document.querySelector('.figures')?.textContent;
    fireEvent.change(screen.getByRole('slider', { name: label }), { target: { value: position } });
    const { result, advice } = expected();
    expect(document.querySelector('.figures')?.textContent).not.toBe(before);
    expect(screen.getByText(`${advice.headline}.`)).toBeVisible();
    close(perRequest('A: prompting'), result.costPerRequestA);
    close(perRequest('B: fine-tuned'), result.costPerRequestB ?? NaN);
    close(perRequest('C: Llama 3.1 8B, prompted'), result.costPerRequestC ?? NaN);
    expect(figure('One-time cost to build B')).toHaveTextContent(formatUsdShort(result.oneTimeB));
    expect(figure('Savings over 12 months')).toHaveTextContent(formatUsdShort(result.savings));
  });

  it('changing the API model changes the prices and the figures', async () => {
    const user = userEvent.setup();
    render(<App />);
    const before = figure('Cost per request').textContent;
    await user.selectOptions(screen.getByLabelText('Prompting: API model (A)'), 'gpt-6-luna');
    expect(useStore.getState().selection.apiModelId).toBe('gpt-6-luna');
    expect(figure('Cost per request').textContent).not.toBe(before);
    close(perRequest('A: prompting'), expected().result.costPerRequestA);
  });

  it('switching to dedicated GPUs changes the cost of B', async () => {
    const user = userEvent.setup();
    render(<App />);
    const before = figure('Month-1 cost').textContent;
    await user.click(screen.getByRole('radio', { name: /dedicated gpu/i }));
    expect(useStore.getState().scenario.servingMode).toBe('dedicated');
    expect(figure('Month-1 cost').textContent).not.toBe(before);
  });

  it('the readiness answers change the verdict', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    render(<App />);
    // The questions sit below the first screen, in a chunk that loads right after the first paint.
    const fresh = await screen.findByRole(
      'checkbox',
      { name: /facts that change often/i },
      { timeout: 20_000 },
    );
    await user.click(fresh);
    expect(verdict()).toBe("Verdict: Don't fine-tune");
    const reasons = within(screen.getByRole('region', { name: 'Verdict' }));
    // Right after other input (the previous test's typing) the reasons catch up once it pauses.
    expect(await reasons.findByText(/use RAG|retrieval/i, {}, { timeout: 10_000 })).toBeVisible();
  });

  it('opens the formulas with this scenario’s numbers', { timeout: 90_000 }, async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByText('How is this calculated?', {}, { timeout: 20_000 }));
    expect(await screen.findByText('Static prefix S', {}, { timeout: 60_000 })).toBeVisible();
    const { result } = expected();
    const step = screen.getByText('Cost per request A').parentElement;
    expect(step).toHaveTextContent(`= ${formatUsd(result.costPerRequestA)}`);
  });

  it('loads the five charts', { timeout: 30_000 }, async () => {
    render(<App />);
    expect(
      await screen.findByRole('heading', { name: /cumulative cost/i }, { timeout: 20_000 }),
    ).toBeVisible();
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Where the saving comes from' },
        { timeout: 20_000 },
      ),
    ).toBeVisible();
    // Every chart's plot is drawn (each appears when scrolled near: jsdom's observer says all are).
    for (const title of [
      'Cumulative cost',
      'Where the saving comes from',
      'Monthly cost by part',
      'Total cost by volume',
      'What moves the savings',
    ])
      expect(
        await screen.findByRole('application', { name: title }, { timeout: 20_000 }),
      ).toBeVisible();
  });
});

describe('the charts follow the controls', () => {
  it('redraw from the new scenario once the slider pauses', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    render(<App />);
    const frame = await screen.findByRole(
      'region',
      { name: 'Cumulative cost' },
      { timeout: 25_000 },
    );
    await user.click(within(frame).getByRole('button', { name: /show table/i }));
    const lastRow = () => within(frame).getAllByRole('row').at(-1)?.textContent ?? '';
    expect(lastRow()).toContain(formatUsd(expected().result.totalA));

    fireEvent.change(screen.getByRole('slider', { name: 'Requests per day' }), {
      target: { value: '900' },
    });
    const { result } = expected();
    // The charts trail the slider (150 ms of quiet, then a deferred render): slow on a busy machine.
    await waitFor(() => expect(lastRow()).toContain(formatUsd(result.totalA)), { timeout: 15_000 });
    expect(lastRow()).toContain(formatUsd(result.totalB));
  });
});

// A whole page in jsdom is slow on a busy machine; the default 5 s is too tight.
describe('version 2 on the page', { timeout: 30_000 }, () => {
  it('shows prices over time as a group of its own, with help on how fast prices fall', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(
      await screen.findByText('Prices over time: yearly trends and known price changes'),
    );
    const api = screen.getByRole('slider', { name: 'API prices change per year' });
    expect(api).toBeVisible();
    expect(screen.getByRole('slider', { name: 'Serving prices change per year' })).toBeVisible();
    expect(screen.getByRole('slider', { name: 'Known price change from month' })).toBeVisible();
    expect(screen.getByText(/fallen several-fold per year/)).toBeVisible();
    // A known change inside the horizon is said in the group and where A's price is shown.
    act(() => {
      const { setNumber } = useStore.getState();
      setNumber('apiPriceStepMonth', 2);
      setNumber('apiPriceStepInputFactor', 2);
    });
    expect(screen.getAllByText('Claude Sonnet 5’s price rises from month 2.')).toHaveLength(2);
  });

  it('the verdict says where the saving comes from, as the model splits it', async () => {
    render(<App />);
    act(() => useStore.getState().setNumber('requestsPerDay', 100_000));
    const { result } = expected();
    const region = screen.getByRole('region', { name: 'Verdict' });
    // Right after other input (the previous test's typing) the reasons catch up once it pauses.
    await waitFor(() => expect(within(region).getByRole('list')).not.toHaveAttribute('aria-busy'), {
      timeout: 10_000,
    });
    const reasons = within(region);
    const { modelSwitch, fineTuning } = result.savingsParts;
    expect(result.savings).toBeGreaterThan(0);
    if (fineTuning <= 0) {
      expect(reasons.getByText(/whole saving comes from the smaller model/)).toBeVisible();
    } else if (modelSwitch > result.savings / 2) {
      expect(reasons.getByText(/Most of this saving comes from the smaller model/)).toBeVisible();
    } else {
      expect(reasons.queryByText(/comes from the smaller model/)).toBeNull();
    }
  });

  it('the cache notice sits beside the prompt length, the caching controls beside the hit rate', async () => {
    const user = userEvent.setup();
    render(<App />);
    act(() => {
      const { setNumber } = useStore.getState();
      setNumber('requestsPerDay', 300);
      setNumber('cacheTtlMinutes', 5);
    });
    const scenarioCard = within(
      screen.getByRole('heading', { name: 'Your scenario' }).parentElement!,
    );
    // The notice's sentences load lazily, just after the first paint.
    expect(await scenarioCard.findByRole('note', {}, { timeout: 10_000 })).toHaveTextContent(
      /^Effective [\d.]+% at 300 requests\/day: the 5-minute cache expires between requests/,
    );
    await user.click(await screen.findByText('Prompting (A): prices and prompt caching'));
    expect(screen.getByRole('slider', { name: 'Shortest cacheable prefix' })).toBeVisible();
    expect(screen.getByRole('slider', { name: 'Cache lifetime' })).toBeVisible();
    await waitFor(() =>
      expect(screen.getAllByText(/^Effective [\d.]+% at 300 requests\/day/)).toHaveLength(2),
    );
  });
});
