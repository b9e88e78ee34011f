import { useState } from 'react';
import { selectResult } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import { openMemo } from '../memo/open-memo.ts';
import { reloadIfRedeployed } from '../redeploy.ts';
import '../tools.css';

/**
 * Getting the results out: the month-by-month table as CSV, and the decision memo (printed, saved
 * as PDF from the browser's print dialog, or copied as Markdown).
 */
export default function ExportBar() {
  const [error, setError] = useState<string | null>(null);
  const downloadCsv = async () => {
    // Loaded on the first click: nobody pays for export code they never use.
    const code = await Promise.all([
      import('../../export/csv.ts'),
      import('../../export/download.ts'),
      import('../../risk/client.ts'),
      import('../../export/assumptions.ts'),
    ]).catch(() => null);
    if (code === null) {
      setError('The CSV export could not load: check the connection, then try again.');
      void reloadIfRedeployed();
      return;
    }
    try {
      const [{ scenarioCsv, exportFileName }, { downloadBlob }, { simulationFor }, assumptions] =
        code;
      // The inputs at the moment of the click (the bar need not re-render on every change).
      const { name, scenario, selection, risk } = useStore.getState();
      const result = selectResult(scenario);
      // The band columns come from the simulation of exactly these inputs (usually done already).
      const simulation = await simulationFor(scenario, risk);
      const csv = scenarioCsv(
        result,
        assumptions.scenarioAssumptions(scenario, selection),
        simulation?.cumulativeSavingsBands ?? null,
      );
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
          Download the assumptions and month-by-month table (CSV)
        </button>
        <button type="button" onClick={openMemo}>
          Decision memo: print, PDF or Markdown
        </button>
      </div>
      <p className="muted small">
        The memo is one page to sign off on: the verdict and its reasons, key figures, what was
        changed from the defaults, the charts, every catalog figure’s source and date, the formulas
        and this scenario’s link. Print it or save it as PDF, or copy it as Markdown. Each chart
        also has PNG and SVG downloads.
      </p>
      {error !== null && (
        <p className="small error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
