// Reading a chart as its user does, not through recharts' class names: the plot is a focusable
// picture named by the chart's title, the arrow keys walk its data points, and the tooltip says
// what the point holds — the same text a mouse user reads on hover.
import { act, screen, waitFor, within } from '@testing-library/react';
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
 * Focuses the plot and reads the tooltip of its first `count` points, pressing → between them
 * (the first point is shown on focus). In a chart of horizontal bars (`layout: 'vertical'`)
 * recharts walks down the categories with ←, not →. Once per rendered chart: a second focus
 * shows no tooltip until a key moves it on from where the first walk left it.
 */
export async function readTooltips(
  user: UserEvent,
  title: string,
  count: number,
  layout: 'horizontal' | 'vertical' = 'horizontal',
): Promise<TooltipReading[]> {
  const plot = plotOf(title);
  await act(async () => plot.focus());
  const readings: TooltipReading[] = [];
  for (let i = 0; i < count; i++) {
    const before = readings.at(-1)?.heading;
    if (i > 0) await user.keyboard(layout === 'vertical' ? '{ArrowLeft}' : '{ArrowRight}');
    // recharts handles keys once per animation frame: wait for the tooltip to move on.
    readings.push(
      await waitFor(() => {
        const reading = readTooltip(title);
        if (reading.heading === before) throw new Error(`${title}: the tooltip did not move`);
        return reading;
      }),
    );
  }
  return readings;
}

/** The tooltip of the point `index` (0 is the first); once per rendered chart, as above. */
export async function tooltipAt(
  user: UserEvent,
  title: string,
  index: number,
  layout: 'horizontal' | 'vertical' = 'horizontal',
): Promise<TooltipReading> {
  const readings = await readTooltips(user, title, index + 1, layout);
  return readings[index]!;
}

function readTooltip(title: string): TooltipReading {
  const region = screen.getByRole('region', { name: title });
  // The legend is the chart's first list; the tooltip's is the one after it.
  const [, list] = within(region).getAllByRole('list');
  if (!list) throw new Error(`${title}: no tooltip shown`);
  const items = within(list).getAllByRole('listitem');
  const lines = items.map((li) => {
    const texts = [...li.children].filter((c) => !c.hasAttribute('aria-hidden'));
    return texts.length > 0 ? texts.map((c) => c.textContent ?? '') : [li.textContent ?? ''];
  });
  const colours: Record<string, string> = {};
  for (const li of items) {
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
