import { useRef, useState } from 'react';
import { findApiModel } from '../../catalog/api-models.ts';
import { BASE_MODELS } from '../../catalog/base-models.ts';
import type { CatalogSelection } from '../../catalog/fields.ts';
import { apiModelLabel } from '../../catalog/model-label.ts';
import { exportFileName } from '../../export/csv.ts';
import { chartToSvg, svgToPng } from '../../export/chart-dom.ts';
import { downloadBlob } from '../../export/download.ts';

/**
 * The first line of a downloaded chart's caption: which scenario, which models, which day.
 * "Support bot · A: Claude Sonnet 5 · B: Llama 3.1 8B, fine-tuned · 2026-12-01".
 */
export function captionContext(name: string, selection: CatalogSelection, date: string): string {
  const api = findApiModel(selection.apiModelId);
  const base = BASE_MODELS.find((m) => m.id === selection.baseModelId)?.name;
  return [
    name.trim() === '' ? 'Fine-tune or prompt?' : name.trim(),
    `A: ${api ? apiModelLabel(api) : selection.apiModelId}`,
    `B: ${base ?? selection.baseModelId}, fine-tuned`,
    date,
  ].join(' · ');
}

/** "Cumulative cost" → "cumulative-cost": the chart's part of a file name. */
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * PNG and SVG downloads of the chart these buttons sit in (they find their chart frame in the
 * page, so the charts need not know about exports), captioned with the scenario, the models, the
 * date and the chart's summary, and named after the scenario. Loaded with the charts, never before.
 */
export default function ChartDownloads({
  chart,
  scenario,
}: {
  chart: string;
  /** The scenario's name and models at the moment of the click. */
  scenario: () => { name: string; selection: CatalogSelection };
}) {
  const ref = useRef<HTMLSpanElement>(null);
  const [error, setError] = useState<string | null>(null);
  const download = async (format: 'png' | 'svg') => {
    try {
      const frame = ref.current?.closest('.chart-frame');
      if (!frame) throw new Error('The chart is not on the page.');
      const { name, selection } = scenario();
      const date = new Date().toISOString().slice(0, 10);
      const { svg, width, height } = chartToSvg(frame, captionContext(name, selection, date));
      const blob =
        format === 'svg'
          ? new Blob([svg], { type: 'image/svg+xml' })
          : await svgToPng(svg, width, height);
      downloadBlob(blob, exportFileName(name, `${slug(chart)}-${date}.${format}`));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <span ref={ref} className="chart-downloads">
      <button type="button" className="chart-button" onClick={() => void download('png')}>
        Download PNG<span className="visually-hidden"> of {chart}</span>
      </button>
      <button type="button" className="chart-button" onClick={() => void download('svg')}>
        Download SVG<span className="visually-hidden"> of {chart}</span>
      </button>
      {error !== null && (
        <span className="small error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
