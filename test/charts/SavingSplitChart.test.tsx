import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SavingSplitChart } from '../../src/charts/SavingSplitChart.tsx';
import { formatUsd } from '../../src/model/format.ts';
import { plotTexts, readTooltips } from './read-chart.ts';

/** A hand-made split: A $315,000 → C $189,000 → B $155,000 (C sits between A and B). */
const SPLIT = {
  totalA: 315_000,
  totalC: 189_000,
  totalB: 155_000,
  savingsParts: { modelSwitch: 126_000, fineTuning: 34_000 },
};
/** Fine-tuning costs more than prompting the small model: the second step goes up. */
const C_CHEAPEST = {
  totalA: 90_000,
  totalC: 30_000,
  totalB: 45_000,
  savingsParts: { modelSwitch: 60_000, fineTuning: -15_000 },
};

function renderChart(result = SPLIT) {
  return render(
    <SavingSplitChart
      result={result}
      horizonMonths={12}
      smallModel="Llama 3.1 8B"
      summary="The split in words."
    />,
  );
}

const TITLE = 'Where the saving comes from';

// recharts in jsdom is slow on a busy machine; the default 5 s is too tight for a first render.
describe('SavingSplitChart', { timeout: 30_000 }, () => {
  it('has a title, the summary it is given and a legend of totals and steps', () => {
    renderChart();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Where the saving comes from' }),
    ).toBeVisible();
    expect(screen.getByText('The split in words.')).toBeVisible();
    const legend = within(screen.getByRole('list'));
    expect(legend.getByText('A: prompting')).toBeVisible();
    expect(legend.getByText('Saves')).toBeVisible();
    expect(legend.getByText('B: fine-tuning')).toBeVisible();
    // Nothing costs more in this split, so that colour is not explained.
    expect(legend.queryByText('Costs more')).toBeNull();
  });

  it('labels the four bars with the totals and the signed step amounts', async () => {
    const user = userEvent.setup();
    renderChart();
    const texts = plotTexts(TITLE);
    expect(texts).toEqual(
      expect.arrayContaining([
        'A: prompting',
        'Switch to Llama 3.1 8B',
        'Fine-tune it',
        'B: fine-tuning',
        '$315k',
        '-$126k',
        '-$34k',
        '$155k',
      ]),
    );
    // Top to bottom, each bar with what it stands for.
    const walk = await readTooltips(user, TITLE, 4, 'vertical');
    expect(walk.map((r) => [r.heading, ...r.lines])).toEqual([
      ['A: prompting', ['A: prompting', '$315k']],
      ['Switch to Llama 3.1 8B', ['Saves', '-$126k']],
      ['Fine-tune it', ['Saves', '-$34k']],
      ['B: fine-tuning', ['B: fine-tuning', '$155k']],
    ]);
  });

  it('shows each step in dollars as a table: saving and total after it', async () => {
    const user = userEvent.setup();
    renderChart();
    await user.click(
      screen.getByRole('button', { name: 'Show table: Where the saving comes from' }),
    );
    const table = screen.getByRole('table', { name: /how the saving over 12 months splits/i });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Step', 'Saving ($)', 'Total cost after the step ($)'],
      ['Start: A: prompting', '–', '$315,000'],
      ['Switch to Llama 3.1 8B, prompted (C)', '$126,000', '$189,000'],
      ['Fine-tune it (B)', '$34,000', '$155,000'],
      ['End: B: fine-tuning', '–', '$155,000'],
    ]);
  });

  it('draws a step that costs more going up, in its own colour, and says so', async () => {
    const user = userEvent.setup();
    renderChart(C_CHEAPEST);
    expect(within(screen.getByRole('list')).getByText('Costs more')).toBeVisible();
    expect(plotTexts(TITLE)).toEqual(expect.arrayContaining(['-$60k', '+$15k']));
    await user.click(screen.getByRole('button', { name: /show table/i }));
    const cells = within(screen.getByRole('table'))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toContain(formatUsd(-15_000));
  });
});
