import { memo, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { API_MODELS, type ApiModel } from '../catalog/api-models.ts';
import { loadFullCatalog } from '../catalog/full-catalog.ts';
import { isOffered, matches } from '../catalog/model-search.ts';
import { formatCount, formatPerRequest, formatUsd } from '../model/format.ts';
import type { Scenario } from '../model/scenario.ts';
import './other-models.css';
import { OwnForm } from './OwnForm.tsx';
import { TRAILING_QUIET_MS } from './trailing-timer.ts';
import { useTrailingValue } from './use-trailing-value.ts';
import {
  otherModelCosts,
  otherModelFields,
  sortCosts,
  type ModelCost,
  type SortKey,
} from '../state/other-models.ts';

/**
 * Rows drawn at first; "Show more" adds as many again. Twenty, two screens of the table's box:
 * each key typed into the name filter redraws them, and fifty took 60 – 90 ms of layout and paint
 * per key at 4× CPU (25 – 40 ms with twenty).
 */
const PAGE = 20;

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Model' },
  { key: 'provider', label: 'Provider' },
  { key: 'perRequest', label: 'Per request' },
];

/**
 * Every current API model's cost for this scenario's prompt and volume: sortable, filterable by
 * provider and name, one click to make a model A. Lazy; the parent passes the store's values
 * and action in.
 */
export default function OtherModelsTable({
  scenario,
  startMonth,
  currentId,
  onPick,
}: {
  scenario: Scenario;
  startMonth: string;
  currentId: string;
  onPick: (id: string) => void;
}) {
  const [others, setOthers] = useState<readonly ApiModel[]>([]);
  const [failed, setFailed] = useState(false);
  const [provider, setProvider] = useState('');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'perRequest',
    descending: false,
  });
  const [shown, setShown] = useState(PAGE);

  useEffect(() => {
    let live = true;
    loadFullCatalog().then(
      (models) => live && setOthers(models),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  const offered = useMemo(() => [...API_MODELS, ...others].filter(isOffered), [others]);
  const providers = useMemo(() => [...new Set(offered.map((m) => m.provider))].sort(), [offered]);
  const fields = useMemo(() => otherModelFields(offered, startMonth), [offered, startMonth]);
  const costs = useMemo(() => otherModelCosts(scenario, fields), [scenario, fields]);
  // The box follows each key at once; the rows (a filter of ~1,400 models, 20 rows redrawn)
  // follow once the typing pauses, as the page's other trailing parts do, in a deferred render
  // that a key pressed meanwhile goes ahead of. Drawn in the key's own task, a key took 15 – 40 ms
  // at normal CPU; redrawn after each key in a deferred render, the render's task and the frame
  // that drew the new rows took 6 – 12 ms each, in the way of the next key (traced, "claude").
  const filter = useDeferredValue(useTrailingValue(query, TRAILING_QUIET_MS));
  const rows = useMemo(() => {
    const words = filter.trim();
    const kept = costs.filter(
      (c) => (!provider || c.model.provider === provider) && (!words || matches(c.model, words)),
    );
    return sortCosts(kept, sort.key, sort.descending);
  }, [costs, provider, filter, sort]);

  const ariaSort = (key: SortKey) =>
    sort.key !== key ? 'none' : sort.descending ? 'descending' : 'ascending';

  return (
    <div className="other-models">
      <OwnForm className="other-models-filters">
        <label>
          Provider{' '}
          <select value={provider} onChange={(e) => setProvider(e.target.value)}>
            <option value="">All providers</option>
            {providers.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label>
          Name{' '}
          <input
            type="search"
            // Model names, not words to correct (and no spell-check task as a space ends a word).
            spellCheck={false}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
      </OwnForm>
      <p className="muted small" role="status">
        {failed
          ? 'The full model list could not be loaded: only the curated models are shown.'
          : others.length === 0
            ? 'Loading every model…'
            : `${formatCount(rows.length)} models. Month 1, this scenario’s prompt, output, volume and caching; each model with its own prices, cache minimum and lifetime, long-context tier and known price change.`}
      </p>
      <div className="table-scroll" aria-busy={filter !== query ? true : undefined}>
        <table>
          <caption className="visually-hidden">Cost of A with other API models</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={ariaSort(c.key)}>
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      setSort((s) => ({
                        key: c.key,
                        descending: s.key === c.key ? !s.descending : false,
                      }))
                    }
                  >
                    {c.label}
                  </button>
                </th>
              ))}
              <th scope="col">Per month</th>
              <th scope="col">
                <span className="visually-hidden">Choose</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((c) => (
              <CostRow
                key={c.model.id}
                cost={c}
                current={c.model.id === currentId}
                onPick={onPick}
              />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, rows.length - shown)} more
        </button>
      )}
    </div>
  );
}

/**
 * One model's row. A component of its own: when the scenario changes, React renders the rows one
 * by one in the deferred render and can stop between two for a key press; one component drawing
 * all of them was one stretch of work it could not split.
 */
const CostRow = memo(function CostRow({
  cost: c,
  current,
  onPick,
}: {
  cost: ModelCost;
  current: boolean;
  onPick: (id: string) => void;
}) {
  return (
    <tr aria-current={current ? 'true' : undefined}>
      <th scope="row">
        {c.model.name}
        {c.longContextTier && <span className="muted small"> · long-context price</span>}
        {/* Shown instead of the provider's column at phone width (other-models.css). */}
        <span className="provider-inline muted small">{c.model.provider}</span>
      </th>
      <td>{c.model.provider}</td>
      <td>{formatPerRequest(c.perRequest)}</td>
      <td>{formatUsd(c.perMonth)}</td>
      <td>
        {current ? (
          <span className="muted small">Current A</span>
        ) : (
          <button
            type="button"
            aria-label={`Use ${c.model.name} (${c.model.provider}) as A`}
            onClick={() => onPick(c.model.id)}
          >
            Use as A
          </button>
        )}
      </td>
    </tr>
  );
});
