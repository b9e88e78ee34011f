import { useRef, useState } from 'react';
import { exportFileName } from '../../export/csv.ts';
import { chartToSvg, svgToPng } from '../../export/chart-dom.ts';
import { downloadBlob } from '../../export/download.ts';

/**
 * PNG and SVG downloads of the chart these buttons sit in (they find their chart frame in the
 * page, so the charts need not know about exports). Loaded with the charts, never before.
 */
export default function ChartDownloads({ chart }: { chart: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [error, setError] = useState<string | null>(null);
  const download = async (format: 'png' | 'svg') => {
    try {
      const frame = ref.current?.closest('.chart-frame');
      if (!frame) throw new Error('The chart is not on the page.');
      const { svg, width, height } = chartToSvg(frame);
      const blob =
        format === 'svg'
          ? new Blob([svg], { type: 'image/svg+xml' })
          : await svgToPng(svg, width, height);
      downloadBlob(blob, exportFileName(chart, `chart.${format}`));
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
