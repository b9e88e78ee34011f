import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VolumeChart } from '../../src/charts/VolumeChart.tsx';
import { KeyFigures } from '../../src/components/KeyFigures.tsx';
import { VerdictCard } from '../../src/components/VerdictCard.tsx';
import { selectSweep } from '../../src/state/chart-selectors.ts';
import { selectAdvice, selectResult } from '../../src/state/selectors.ts';
import { useStore } from '../../src/state/store.ts';

/** The verdict, the key figures and the volume chart, as the page shows them for the store's scenario. */
function renderFigures() {
  const scenario = useStore.getState().scenario;
  const result = selectResult(scenario);
  return render(
    <>
      <VerdictCard advice={selectAdvice(scenario)} />
      <KeyFigures />
      <VolumeChart
        sweep={selectSweep(scenario)}
        breakEvenRequestsPerDay={result.breakEvenRequestsPerDay}
        requestsPerDay={scenario.requestsPerDay}
        horizonMonths={scenario.horizonMonths}
        smallModel="Llama 3.1 8B"
        summary="summary"
      />
    </>,
  );
}

const figure = (label: string | RegExp) =>
  screen.getByText(label, { selector: 'dt' }).closest('.figure') as HTMLElement;

/** "16,550" from "… below 16,550 requests per day", "16,550 requests/day", "Break-even: 16,550/day". */
const volumeIn = (text: string | null | undefined, pattern: RegExp) =>
  pattern.exec(text ?? '')?.[1] ?? `no match in "${text}"`;

describe('figures that agree with each other', { timeout: 30_000 }, () => {
  it.each([
    ['serverless, the default scenario', () => undefined],
    [
      'dedicated GPUs, where the break-even volume is found numerically',
      () => {
        useStore.getState().setServingMode('dedicated');
        useStore.getState().setNumber('requestsPerDay', 2_000);
      },
    ],
  ])('%s: one break-even volume in the verdict, the key figure and the chart', (_name, edit) => {
    act(edit);
    const { breakEvenRequestsPerDay } = selectResult(useStore.getState().scenario);
    expect(breakEvenRequestsPerDay).not.toBeNull();
    // A figure with a fraction, so the test would see a rounding rule that differs.
    expect(Number.isInteger(breakEvenRequestsPerDay)).toBe(false);
    const { container } = renderFigures();
    const headline = volumeIn(
      container.querySelector('.headline')?.textContent,
      /below ([\d,]+) requests per day/,
    );
    const keyFigure = volumeIn(
      figure('Break-even volume').querySelector('dd')?.textContent,
      /^([\d,]+) requests\/day/,
    );
    const marker = volumeIn(
      screen.getByText(/^Break-even: /).textContent,
      /^Break-even: ([\d,]+)\/day$/,
    );
    expect(keyFigure).toBe(headline);
    expect(marker).toBe(headline);
    expect(Math.abs(Number(headline.replace(/,/g, '')) - breakEvenRequestsPerDay!)).toBeLessThan(1);
  });

  it('writes A’s, B’s and C’s cost per request to the same three significant figures, one line each', () => {
    renderFigures();
    const lines = [...figure('Cost per request').querySelectorAll('.per-request-line')];
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      const amount = /\$([\d.,]+)/.exec(line.textContent ?? '')?.[1] ?? '';
      const significant = amount.replace(/[.,]/g, '').replace(/^0+/, '');
      expect(significant, line.textContent ?? '').toHaveLength(3);
    }
  });

  it('names the two investments apart, and the larger says what it holds', () => {
    renderFigures();
    const build = figure('One-time cost to build B');
    const total = figure(/^Total invested in B over 12 months$/);
    const buildValue = within(build).getByText(/^\$[\d.]+k/, { selector: 'dd' }).firstChild
      ?.textContent;
    expect(total.querySelector('.sub')?.textContent).toMatch(
      new RegExp(`^build \\${buildValue} \\+ 1 retrain \\$[\\d.]+k \\+ upkeep \\$[\\d.]+k$`),
    );
    expect(figure('Return on investment')).toHaveTextContent('savings ÷ total invested in B');
  });
});
