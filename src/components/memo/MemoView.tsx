import { useMemo, useState } from 'react';
import type { CatalogSelection } from '../../catalog/fields.ts';
import { apiModelLabel } from '../../catalog/model-label.ts';
import { explain } from '../../model/explain.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Catalog } from '../../state/catalog-entry.ts';
import { selectChanges } from '../../state/changed-selectors.ts';
import { selectSensitivity, selectSweep } from '../../state/chart-selectors.ts';
import type { Advice } from '../../model/advise.ts';
import type { Result } from '../../model/calculate.ts';
import { LazyBoundary, lazyPart } from '../LazyPart.tsx';
import { usePageLink } from '../print/print-link.ts';
import { memoCharts } from './memo-charts.ts';
import { buildMemo } from './memo-content.ts';
import { MemoDocument } from './MemoDocument.tsx';
import { MemoToolbar } from './MemoToolbar.tsx';
import './memo.css';

// recharts: shared with the page's charts, loaded once either needs it.
const MemoCharts = lazyPart(() => import('./MemoCharts.tsx'));

export interface MemoViewProps {
  scenario: Scenario;
  selection: CatalogSelection;
  name: string;
  /** The figures the page shows, as its selectors computed them. */
  result: Result;
  advice: Advice;
  investment: { build: number; retrainCount: number; retrains: number; upkeep: number };
  /** The scenario a first visit shows for this selection (for "Changed from defaults"). */
  baseline: Scenario;
  catalog: Catalog;
  /** Subscribes to input changes, so the link follows them (the store's subscribe). */
  onInputs: (listener: () => void) => () => void;
  onClose: () => void;
}

/**
 * The one-page decision memo: verdict and reasons, the scenario in a paragraph, key figures,
 * changed inputs, charts with captions, every catalog figure's source and date, the worked
 * formulas and the link. Printed as it is shown; copied as Markdown with the same words.
 */
export default function MemoView(props: MemoViewProps) {
  const { scenario, selection, catalog, result } = props;
  // The sweep and the sensitivity load with the charts, not with the first page.
  const sweep = selectSweep(scenario);
  const sensitivity = selectSensitivity(scenario);
  // The scenario's link, not the memo's: the reader lands on the calculator.
  const link = usePageLink(props.onInputs).replace(/#.*$/, '');
  const [date] = useState(() => new Date().toISOString().slice(0, 10));
  const memo = useMemo(() => {
    const changes = selectChanges({
      scenario,
      selection,
      baseline: props.baseline,
      catalog,
    });
    const api = catalog.findApiModel(selection.apiModelId);
    const base = catalog.BASE_MODELS.find((m) => m.id === selection.baseModelId)?.name ?? '';
    return buildMemo({
      name: props.name,
      date,
      link,
      scenario,
      selection,
      result,
      advice: props.advice,
      investment: props.investment,
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
  }, [scenario, selection, catalog, result, props, date, link, sensitivity]);

  return (
    <div className="memo-view">
      <MemoToolbar memo={memo} onClose={props.onClose} />
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
