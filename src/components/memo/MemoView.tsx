import { useMemo, useState } from 'react';
import { apiModelLabel } from '../../catalog/model-label.ts';
import { explain } from '../../model/explain.ts';
import type { Catalog } from '../../state/catalog-entry.ts';
import { selectChanges } from '../../state/changed-selectors.ts';
import {
  selectAdvice,
  selectInvestmentParts,
  selectResult,
  useScenario,
} from '../../state/selectors.ts';
import { baselineFor, useStore } from '../../state/store.ts';
import { useCatalog } from '../../state/use-catalog.ts';
import { selectSensitivity, selectSweep } from '../../state/chart-selectors.ts';
import { LazyBoundary, lazyPart } from '../LazyPart.tsx';
import { usePageLink } from '../print/print-link.ts';
import { memoCharts } from './memo-charts.ts';
import { closeMemo } from './open-memo.ts';
import { buildMemo } from './memo-content.ts';
import { MemoDocument } from './MemoDocument.tsx';
import { MemoToolbar } from './MemoToolbar.tsx';
import './memo.css';

// recharts: shared with the page's charts, loaded once either needs it.
const MemoCharts = lazyPart(() => import('./MemoCharts.tsx'));

/**
 * The one-page decision memo: verdict and reasons, the scenario in a paragraph, key figures,
 * changed inputs, charts with captions, every catalog figure's source and date, the worked
 * formulas and the link. Printed as it is shown; copied as Markdown with the same words.
 */
export default function MemoView() {
  const catalog = useCatalog();
  return catalog ? <Memo catalog={catalog} /> : <p role="status">Loading the catalog…</p>;
}

function Memo({ catalog }: { catalog: Catalog }) {
  const scenario = useScenario();
  const selection = useStore((s) => s.selection);
  const name = useStore((s) => s.name);
  const result = selectResult(scenario);
  // The sweep and the sensitivity load with the charts, not with the first page.
  const sweep = selectSweep(scenario);
  const sensitivity = selectSensitivity(scenario);
  // The scenario's link, not the memo's: the reader lands on the calculator.
  const link = usePageLink().replace(/#.*$/, '');
  const [date] = useState(() => new Date().toISOString().slice(0, 10));
  const memo = useMemo(() => {
    const changes = selectChanges({
      scenario,
      selection,
      baseline: baselineFor(selection),
      catalog,
    });
    const api = catalog.findApiModel(selection.apiModelId);
    const base = catalog.BASE_MODELS.find((m) => m.id === selection.baseModelId)?.name ?? '';
    return buildMemo({
      name,
      date,
      link,
      scenario,
      selection,
      result,
      advice: selectAdvice(scenario),
      investment: selectInvestmentParts(scenario),
      names: {
        api: api ? apiModelLabel(api) : selection.apiModelId,
        base,
        gpu: catalog.GPUS.find((g) => g.id === selection.gpuId)?.name ?? '',
      },
      changes,
      sources: catalog.catalogFieldSources(selection),
      formulas: explain(scenario, result),
      charts: memoCharts(result, sensitivity, scenario, base),
    });
  }, [scenario, selection, name, catalog, result, date, link, sensitivity]);

  return (
    <div className="memo-view">
      <MemoToolbar memo={memo} onClose={closeMemo} />
      <MemoDocument
        memo={memo}
        charts={
          <LazyBoundary
            what="The charts"
            fallback={<p className="muted small">Drawing the charts…</p>}
          >
            <MemoCharts
              result={result}
              sweep={sweep}
              sensitivity={sensitivity}
              scenario={scenario}
              smallModel={memo.smallModel}
              captions={memo.charts}
            />
          </LazyBoundary>
        }
      />
    </div>
  );
}
