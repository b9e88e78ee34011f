import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chartSvgDocument,
  stripActiveContent,
  xmlSafe,
  type ChartPicture,
} from '../../src/export/chart-image.ts';
import { csvField, csvNumber, exportFileName } from '../../src/export/csv.ts';
import { hostileText, PAYLOADS } from './hostile-text.ts';
import { parseCsv } from './parse-csv.ts';

/** The cells spreadsheets would run as formulas (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;
const RUNS = 300;
const SVG_RUNS = 120;

describe('CSV with hostile text', () => {
  it('neutralises every cell a spreadsheet would run, and reads back intact', () => {
    fc.assert(
      fc.property(
        hostileText,
        hostileText,
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (a, b, x) => {
          const line = [csvField(a), csvField(b), csvNumber(x)].join(',');
          const rows = parseCsv(`${line}\r\n`);
          expect(rows).toHaveLength(1);
          const [cellA, cellB, number] = rows[0] ?? [];
          for (const [cell, text] of [
            [cellA, a],
            [cellB, b],
          ] as const) {
            expect(cell).toBe(FORMULA_START.test(text) ? `'${text}` : text);
            expect(cell).not.toMatch(FORMULA_START);
          }
          // Numbers stay numbers: no quote mark before a minus sign.
          expect(Math.abs(Number(number) - x)).toBeLessThanOrEqual(
            Math.max(1e-6, Math.abs(x) * 1e-12),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('neutralises each formula payload', () => {
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('=HYPERLINK("http://evil.example","Click")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""Click"")"`,
    );
    expect(csvField('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvNumber(-1.5)).toBe('-1.5');
  });

  it('turns any name into a plain file name', () => {
    fc.assert(
      fc.property(hostileText, (name) => {
        expect(exportFileName(name, 'months.csv')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-months\.csv$/);
        expect(exportFileName(name, 'months.csv').length).toBeLessThanOrEqual(71);
      }),
      { numRuns: RUNS },
    );
  });
});

/** A plot as the page would hold it, with hostile text in text nodes and attributes. */
function plotWith(text: string): string {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const label = document.createElementNS(ns, 'text');
  label.textContent = text;
  label.setAttribute('aria-label', text);
  svg.append(label);
  const link = document.createElementNS(ns, 'a');
  link.setAttribute('href', 'javascript:alert(1)');
  svg.append(link);
  svg.setAttribute('onload', 'alert(1)');
  const script = document.createElementNS(ns, 'script');
  script.textContent = 'alert(1)';
  svg.append(script);
  stripActiveContent(svg);
  return new XMLSerializer().serializeToString(svg);
}

function picture(text: string): ChartPicture {
  return {
    title: text,
    width: 300,
    height: 200,
    background: text,
    foreground: 'rgb(0, 0, 0)',
    fontFamily: text,
    legend: [
      { label: text, color: text, shape: 'line', x: 0, y: 0 },
      { label: `${text}: B`, color: 'red', shape: 'block', x: 10, y: 20 },
    ],
    legendHeight: 40,
    plotMarkup: plotWith(text),
    caption: [text, `${text} · A: ${text}`],
  };
}

function checkSvg(text: string) {
  const svg = chartSvgDocument(picture(text));
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.localName).toBe('svg');
  const elements = [...doc.getElementsByTagName('*')];
  const names = new Set(elements.map((e) => e.localName));
  for (const name of names) expect(['svg', 'title', 'rect', 'text', 'g', 'line']).toContain(name);
  for (const element of elements) {
    for (const attribute of element.getAttributeNames()) {
      expect(attribute).not.toMatch(/^on|href$/i);
    }
  }
  // XML reads every line end as \n.
  const expected = xmlSafe(text).replace(/\r\n?/g, '\n');
  expect(doc.getElementsByTagName('title')[0]?.textContent).toBe(expected);
}

describe('SVG export with hostile text', () => {
  it('never turns text into markup and always parses as XML', () => {
    // Fewer runs: jsdom's XML parser reads tens of kilobytes per run.
    fc.assert(fc.property(hostileText, checkSvg), { numRuns: SVG_RUNS });
  }, 60_000);

  it.each(PAYLOADS.map((p) => [p.slice(0, 40), p]))('survives %j', (_, payload) =>
    checkSvg(payload),
  );
});
