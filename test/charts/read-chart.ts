// Reading a chart as its user does, not through recharts' class names: the plot is a focusable
// picture named by the chart's title, the arrow keys walk its data points, and the tooltip says
// what the point holds — the same text a mouse user reads on hover.
import { act, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** The plot of the chart titled `title` (recharts' accessibility layer: role "application"). */
export function plotOf(title: string): HTMLElement {
  return screen.getByRole('application', { name: title });
}

export interface TooltipReading {
  heading: string;
  /** One line per series shown, `[name, value]`; footer lines as `[text]`. */
  lines: string[][];
  /** Each series' swatch colour, by its name: it must be the legend's colour for that name. */
  colours: Record<string, string>;
}

/**
 * Focuses the plot, presses → `index` times, and reads the tooltip. The first point is shown on
 * focus, so index 0 is the first data point, 2 the third.
 */
export async function tooltipAt(
  user: UserEvent,
  title: string,
  index: number,
): Promise<TooltipReading> {
  const plot = plotOf(title);
  // Each reading starts afresh from the first point.
  await act(async () => plot.blur());
  await act(async () => plot.focus());
  for (let i = 0; i < index; i++) await user.keyboard('{ArrowRight}');
  const region = screen.getByRole('region', { name: title });
  // The legend is the chart's first list; the tooltip's is the one after it.
  const [, list] = within(region).getAllByRole('list');
  if (!list) throw new Error(`${title}: no tooltip shown`);
  const lines = within(list)
    .getAllByRole('listitem')
    .map((li) => {
      const texts = [...li.children].filter((c) => !c.hasAttribute('aria-hidden'));
      return texts.length > 0 ? texts.map((c) => c.textContent ?? '') : [li.textContent ?? ''];
    });
  const colours: Record<string, string> = {};
  for (const li of within(list).getAllByRole('listitem')) {
    const swatch = li.querySelector<HTMLElement>('[aria-hidden="true"]');
    const name = li.children[1]?.textContent;
    if (swatch && name) colours[name] = swatch.style.color;
  }
  return { heading: list.previousElementSibling?.textContent ?? '', lines, colours };
}

/** The legend's colour for each label, as drawn by its swatch. */
export function legendColours(title: string): Record<string, string> {
  const region = screen.getByRole('region', { name: title });
  const legend = within(region).getAllByRole('list')[0];
  const colours: Record<string, string> = {};
  if (!legend) return colours;
  for (const li of within(legend).getAllByRole('listitem')) {
    const swatch = li.querySelector<HTMLElement>('[aria-hidden="true"]');
    if (swatch) colours[li.textContent ?? ''] = swatch.style.color;
  }
  return colours;
}

/** The texts drawn inside the plot (axis labels, ticks, markers), in document order. */
export function plotTexts(title: string): string[] {
  return within(plotOf(title))
    .queryAllByText(/.+/, { ignore: 'title, desc' })
    .map((t) => t.textContent ?? '');
}
