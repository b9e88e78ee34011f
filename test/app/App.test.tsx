import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { advise } from '../../src/model/advise.ts';
import { calculate } from '../../src/model/calculate.ts';
import { formatUsdShort } from '../../src/model/field-format.ts';
import { formatUsd } from '../../src/model/format.ts';
import { useStore } from '../../src/state/store.ts';

const verdict = () => screen.getByText(/^Verdict:/).textContent ?? '';
const expected = () => {
  const { scenario } = useStore.getState();
  const result = calculate(scenario);
  return { result, advice: advise(scenario, result) };
};
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
    expect(
      within(figure('Cost per request')).getByText(
        new RegExp(`A ${escape(formatUsd(result.costPerRequestA))}`),
      ),
    ).toBeVisible();
    expect(verdict()).toMatch(/Verdict/);
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
    expect(figure('Cost per request')).toHaveTextContent(
      `A ${formatUsd(result.costPerRequestA)} · B ${formatUsd(result.costPerRequestB ?? NaN)}`,
    );
    expect(figure('One-time investment (B)')).toHaveTextContent(formatUsdShort(result.oneTimeB));
    expect(figure('Savings over 12 months')).toHaveTextContent(formatUsdShort(result.savings));
  });

  it('changing the API model changes the prices and the figures', async () => {
    const user = userEvent.setup();
    render(<App />);
    const before = figure('Cost per request').textContent;
    await user.selectOptions(screen.getByLabelText('Prompting: API model (A)'), 'gpt-6-luna');
    expect(useStore.getState().selection.apiModelId).toBe('gpt-6-luna');
    expect(figure('Cost per request').textContent).not.toBe(before);
    expect(figure('Cost per request')).toHaveTextContent(
      formatUsd(expected().result.costPerRequestA),
    );
  });

  it('switching to dedicated GPUs changes the cost of B', async () => {
    const user = userEvent.setup();
    render(<App />);
    const before = figure('Month-1 cost').textContent;
    await user.click(screen.getByRole('radio', { name: /dedicated gpu/i }));
    expect(useStore.getState().scenario.servingMode).toBe('dedicated');
    expect(figure('Month-1 cost').textContent).not.toBe(before);
  });

  it('the readiness answers change the verdict', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('checkbox', { name: /facts that change often/i }));
    expect(verdict()).toBe("Verdict: Don't fine-tune");
    const reasons = within(screen.getByRole('region', { name: 'Verdict' }));
    expect(reasons.getByText(/use RAG|retrieval/i)).toBeVisible();
  });

  it('opens the formulas with this scenario’s numbers', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByText('How is this calculated?'));
    expect(await screen.findByText('Static prefix S', {}, { timeout: 5000 })).toBeVisible();
    const { result } = expected();
    const step = screen.getByText('Cost per request A').parentElement;
    expect(step).toHaveTextContent(`= ${formatUsd(result.costPerRequestA)}`);
  });

  it('loads the four charts', async () => {
    render(<App />);
    expect(
      await screen.findByRole('heading', { name: /cumulative cost/i }, { timeout: 5000 }),
    ).toBeVisible();
    expect(document.querySelectorAll('.recharts-surface').length).toBeGreaterThanOrEqual(4);
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
    await waitFor(() => expect(lastRow()).toContain(formatUsd(result.totalA)));
    expect(lastRow()).toContain(formatUsd(result.totalB));
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
