import { render, screen, within } from '@testing-library/react';
import type { TooltipContentProps, TooltipPayloadEntry } from 'recharts';
import { describe, expect, it } from 'vitest';
import { nonZeroMoneyLine, tooltipContent } from '../../src/charts/ChartTooltip.tsx';

const entry = (name: string, value: number, color: string): TooltipPayloadEntry => ({
  name,
  value,
  color,
  dataKey: name,
  graphicalItemId: name,
  payload: { costA: 2_625, costB: 1_251.3 },
});

const Content = tooltipContent({
  title: (label) => `Month ${String(label)}`,
  line: nonZeroMoneyLine,
  footer: (entries) => [`A total ${String((entries[0]?.payload as { costA: number }).costA)}`],
});

function props(payload: TooltipPayloadEntry[], active = true) {
  return { active, payload, label: 7 } as unknown as TooltipContentProps;
}

describe('chart tooltip', () => {
  it('lists the series in drawing order with short money, leaving out zeros', () => {
    render(
      <Content
        {...props([
          entry('B: upkeep', 1_200, 'var(--color-b-3)'),
          entry('A: prompt prefix', 0.0042, 'var(--color-a-1)'),
          entry('B: retrains', 0, 'var(--color-b-4)'),
        ])}
      />,
    );
    expect(screen.getByText('Month 7')).toBeInTheDocument();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'B: upkeep$1.2k',
      'A: prompt prefix$0.0042',
      'A total 2625',
    ]);
  });

  it('renders nothing when inactive', () => {
    const { container } = render(<Content {...props([], false)} />);
    expect(container).toBeEmptyDOMElement();
  });
});
