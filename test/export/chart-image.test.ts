import { describe, expect, it, vi } from 'vitest';
import {
  chartSvgDocument,
  escapeXml,
  headerHeight,
  inlineComputedStyles,
  pictureSize,
  wrapWords,
  type ChartPicture,
} from '../../src/export/chart-image.ts';

const picture: ChartPicture = {
  title: 'Cumulative cost <A & B>',
  width: 600,
  height: 260,
  background: 'rgb(255, 255, 255)',
  foreground: 'rgb(27, 29, 35)',
  fontFamily: 'system-ui, "Segoe UI", sans-serif',
  legend: [
    { label: 'A: prompting', color: 'rgb(31, 111, 209)', shape: 'line', x: 0, y: 0 },
    { label: 'B: fine-tuning', color: 'rgb(196, 72, 15)', shape: 'dashed', x: 120, y: 0 },
    { label: 'Retrain', color: 'rgb(61, 67, 80)', shape: 'block', x: 0, y: 20 },
  ],
  legendHeight: 40,
  plotMarkup:
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="260"><path class="recharts-curve" d="M0,0L10,10" style="stroke:rgb(31, 111, 209)"/></svg>',
  caption: [
    'Support bot · A: Claude Sonnet 5 · B: Llama 3.1 8B, fine-tuned · 2026-12-01',
    'Fine-tuning becomes cheaper in month 3; after 12 months A costs $120k and B $61k.',
  ],
};

describe('chart SVG document', () => {
  const text = chartSvgDocument(picture);
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');

  it('is well-formed SVG with the plot, the title and the legend drawn inside', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelector('title')?.textContent).toBe(picture.title);
    // The plot's own markup, as given.
    expect(root.querySelector('path[d="M0,0L10,10"]')).not.toBeNull();
    const texts = [...root.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual([
      picture.title,
      'A: prompting',
      'B: fine-tuning',
      'Retrain',
      ...picture.caption,
    ]);
    expect(root.querySelectorAll('line')).toHaveLength(2);
    expect(root.querySelector('line[stroke-dasharray="6 3"]')?.getAttribute('stroke')).toBe(
      'rgb(196, 72, 15)',
    );
  });

  it('carries its caption under the plot: scenario, models, date and the summary', () => {
    const caption = [...doc.querySelectorAll('.chart-caption text')];
    expect(caption.map((t) => t.textContent)).toEqual(picture.caption);
    const plotBottom = headerHeight(picture) + picture.height;
    for (const line of caption) expect(Number(line.getAttribute('y'))).toBeGreaterThan(plotBottom);
  });

  it('wraps a caption too long for the width, keeping every word', () => {
    const long = 'word '.repeat(60).trim();
    const narrow = chartSvgDocument({ ...picture, width: 300, caption: [long] });
    const lines = [
      ...new DOMParser()
        .parseFromString(narrow, 'image/svg+xml')
        .querySelectorAll('.chart-caption text'),
    ];
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.textContent).join(' ')).toBe(long);
    for (const line of lines)
      expect(line.textContent!.length * 12 * 0.55).toBeLessThanOrEqual(300 - 24);
    expect(wrapWords('a verylongwordthatdoesnotfit b', 5)).toEqual([
      'a',
      'verylongwordthatdoesnotfit',
      'b',
    ]);
  });

  it('is as big as header, plot, caption and margin, with an opaque background', () => {
    const { width, height } = pictureSize(picture);
    expect(width).toBe(600);
    // Two caption lines of 16 px and their top margin.
    expect(height).toBe(headerHeight(picture) + 260 + 2 * 16 + 12 + 12);
    const root = doc.documentElement;
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('rgb(255, 255, 255)');
  });

  it('contains no CSS variables, which mean nothing outside the page', () => {
    expect(text).not.toContain('var(');
  });

  it('escapes text', () => {
    expect(escapeXml('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
  });
});

describe('inlining computed styles', () => {
  function tree(markup: string) {
    return new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  }

  it('writes resolved colours, only where they differ from the parent, and drops var() attributes', () => {
    const markup =
      '<svg xmlns="http://www.w3.org/2000/svg"><g stroke="var(--color-a)"><path d="M0,0"/><text fill="var(--chart-axis)">1</text></g></svg>';
    const original = tree(markup);
    const clone = tree(markup);
    // Computed styles as a browser resolves them: the path inherits the group's stroke.
    const styles = new Map<string, Record<string, string>>([
      ['svg', { fill: 'rgb(0, 0, 0)', stroke: 'none', opacity: '1' }],
      ['g', { fill: 'rgb(0, 0, 0)', stroke: 'rgb(31, 111, 209)', opacity: '1' }],
      ['path', { fill: 'rgb(0, 0, 0)', stroke: 'rgb(31, 111, 209)', opacity: '0.5' }],
      ['text', { fill: 'rgb(85, 91, 102)', stroke: 'rgb(31, 111, 209)', opacity: '1' }],
    ]);
    const setAttribute = vi.spyOn(Element.prototype, 'setAttribute');
    inlineComputedStyles(original, clone, (element) => ({
      getPropertyValue: (name: string) => styles.get(element.tagName)?.[name] ?? '',
    }));
    const declared = (element: Element) => {
      const style = (element as SVGElement).style;
      return Object.fromEntries([...style].map((name) => [name, style.getPropertyValue(name)]));
    };
    expect(declared(clone)).toEqual({ fill: 'rgb(0, 0, 0)', stroke: 'none' });
    const g = clone.querySelector('g')!;
    expect(g.getAttribute('stroke')).toBeNull();
    expect(declared(g)).toEqual({ stroke: 'rgb(31, 111, 209)' });
    expect(declared(clone.querySelector('path')!)).toEqual({ opacity: '0.5' });
    const label = clone.querySelector('text')!;
    expect(label.getAttribute('fill')).toBeNull();
    expect(declared(label)).toEqual({ fill: 'rgb(85, 91, 102)' });
    const serialised = new XMLSerializer().serializeToString(clone);
    expect(serialised).not.toContain('var(');
    expect(serialised).toContain('stroke: rgb(31, 111, 209)');
    // A strict CSP (no 'unsafe-inline' styles) refuses style attributes written as text.
    expect(setAttribute.mock.calls.filter(([name]) => name === 'style')).toEqual([]);
  });
});
