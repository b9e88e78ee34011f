import { useState } from 'react';
import type { Result } from '../../model/calculate.ts';
import { reloadIfRedeployed } from '../redeploy.ts';
import '../tools.css';

/**
 * Getting the results out: the month-by-month table as CSV, and the page as a print-out or PDF
 * (the browser's print dialog; print.css lays the page out for paper).
 */
export default function ExportBar({
  current,
}: {
  /** The result and name of the scenario as it is at the moment of the click. */
  current: () => { result: Result; name: string };
}) {
  const [error, setError] = useState<string | null>(null);
  const downloadCsv = async () => {
    // Loaded on the first click: nobody pays for export code they never use.
    const code = await Promise.all([
      import('../../export/csv.ts'),
      import('../../export/download.ts'),
    ]).catch(() => null);
    if (code === null) {
      setError('The CSV export could not load: check the connection, then try again.');
      void reloadIfRedeployed();
      return;
    }
    try {
      const [{ monthsCsv, exportFileName }, { downloadBlob }] = code;
      const { result, name } = current();
      const csv = monthsCsv(result);
      downloadBlob(
        new Blob([csv], { type: 'text/csv;charset=utf-8' }),
        exportFileName(name, 'months.csv'),
      );
      setError(null);
    } catch (e) {
      setError(`The download failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <section className="card tool-panel export-bar no-print" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <div className="export-buttons">
        <button type="button" onClick={() => void downloadCsv()}>
          Download the month-by-month table (CSV)
        </button>
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <p className="muted small">
        The PDF comes from your browser’s print dialog (choose “Save as PDF”); it holds the verdict,
        key figures, assumptions, charts and this scenario’s link. Each chart also has PNG and SVG
        downloads.
      </p>
      {error !== null && (
        <p className="small error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
