import { cleanup, render, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import PrintHeader from '../../../src/components/print/PrintHeader.tsx';
import CompareView from '../../../src/components/share/CompareView.tsx';
import { isolateText } from '../../../src/components/share/isolate-text.ts';
import { openSaved } from '../../../src/components/share/saved-open.ts';
import SavedList from '../../../src/components/share/SavedList.tsx';
import { ShareBar } from '../../../src/components/share/ShareBar.tsx';
import { chartToSvg } from '../../../src/export/chart-dom.ts';
import { useSharing } from '../../../src/state/sharing.ts';
import { initialInputs, useStore } from '../../../src/state/store.ts';
import { hostileText, PAYLOADS } from '../../export/hostile-text.ts';
import { reloadSavedLibrary } from './helpers.ts';

beforeEach(reloadSavedLibrary);

/** Renders per property; each test may take a while on a busy machine, hence the long limits. */
const RUNS = 60;
const TITLE = document.title;

/** Nothing from the text became an element, and the page's title did not change. */
function expectInert(container: HTMLElement) {
  expect(
    container.querySelector('script, img, iframe, object, embed, foreignObject, a[href^="java"]'),
  ).toBeNull();
  for (const element of container.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) expect(name).not.toMatch(/^on/i);
  }
  expect(document.title).toBe(TITLE);
}

/** What a reader sees of the name (XML-free, as React renders any string as text). */
const visible = (element: Element | null | undefined) => element?.textContent ?? '';

describe('hostile names in every place a name is shown', () => {
  it('the scenario name box holds the text as typed, nothing more', () => {
    fc.assert(
      fc.property(hostileText, (name) => {
        useStore.getState().setName(name);
        const { container } = render(<ShareBar />);
        try {
          // A one-line box drops line breaks (HTML's value sanitising); all else is kept.
          const box = screen.getByRole('textbox', { name: 'Scenario name' });
          expect(box).toHaveValue(name.replace(/[\r\n]/g, ''));
          expectInert(container);
        } finally {
          cleanup();
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('saved names are text, isolated from the text around them', () => {
    fc.assert(
      fc.property(hostileText, (name) => {
        const entry = { id: 'x', name, query: 'v=1', savedAt: '2026-01-01T00:00:00Z' };
        useSharing.setState({ saved: [entry] });
        const { container } = render(<SavedList />);
        const shown = container.querySelector('bdi.saved-name');
        expect(visible(shown)).toBe(name);
        expectInert(container);
        cleanup();
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('opening a damaged saved scenario names it inside an isolate in the notice', () => {
    fc.assert(
      fc.property(hostileText, (name) => {
        const { problems, inputs } = openSaved({ id: 'x', name, query: 'v=1&rpd=-1', savedAt: '' });
        expect(inputs.name).toBe(name);
        expect(problems[0]?.message.startsWith(`Saved scenario “${isolateText(name)}”:`)).toBe(
          true,
        );
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('the print header shows the name as text', () => {
    fc.assert(
      fc.property(hostileText, (name) => {
        useStore.getState().setName(name); // nothing is mounted yet
        const { container } = render(<PrintHeader />);
        expect(visible(container.querySelector('.print-title bdi'))).toBe(name === '' ? '' : name);
        expectInert(container);
        cleanup();
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('compare labels and their chart export stay text, and the SVG parses', async () => {
    // Two payloads per render (left and right): every payload once, in half the renders.
    for (let i = 0; i < PAYLOADS.length; i += 2) {
      const [left = '', right = ''] = [PAYLOADS[i], PAYLOADS[i + 1]];
      const inputs = initialInputs();
      useSharing.setState({
        compare: { left: { ...inputs, name: left }, right: { ...inputs, name: right } },
      });
      const { container } = render(<CompareView />);
      const table = screen.getByRole('table', { name: 'Key figures side by side' });
      const headers = within(table).getAllByRole('columnheader').map(visible);
      expect(headers.slice(1)).toEqual([isolateText(left), isolateText(right)]);
      const chart = await screen.findByRole(
        'region',
        { name: 'Cumulative cost, both scenarios' },
        { timeout: 15_000 }, // the first lazy import of recharts is slow under jsdom
      );
      const frame = chart.closest('.chart-frame') ?? chart;
      const { svg } = chartToSvg(frame!, `${left} · ${right}`);
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      expect(doc.getElementsByTagName('script')).toHaveLength(0);
      expectInert(container);
      cleanup();
    }
  }, 120_000);
});
