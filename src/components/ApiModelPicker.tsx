import { useState } from 'react';
import { DEFAULT_NAMES } from '../catalog/default-fill.ts';
import { DEFAULT_SELECTION } from '../catalog/fields.ts';
import { apiModelLabel } from '../catalog/model-label.ts';
import { useStore } from '../state/store.ts';
import { useCatalog } from '../state/use-catalog.ts';
import { ApiModelNotice } from './ApiModelNotice.tsx';
import { LazyBoundary, lazyPart } from './LazyPart.tsx';
import './pickers.css';

// The search over every API model brings the full catalog (~1,400 models) with it: lazy.
const ApiModelSearch = lazyPart(() => import('./ApiModelSearch.tsx'));

/** The API model for prompting (A): the curated list, and a search over every other model. */
export function ApiModelPicker() {
  const catalog = useCatalog();
  const apiModelId = useStore((s) => s.selection.apiModelId);
  const select = useStore((s) => s.select);
  const stepMonth = useStore((s) => s.scenario.apiPriceStepMonth);
  const [searching, setSearching] = useState(false);
  const curated = catalog?.API_MODELS ?? [];
  // A model from the full list (or an old link's retired one) joins the curated options.
  const chosen = catalog?.findApiModel(apiModelId);
  const extra = curated.some((m) => m.id === apiModelId) ? undefined : chosen;
  const providers = [...new Set(curated.map((m) => m.provider))];
  const loadingName =
    apiModelId === DEFAULT_SELECTION.apiModelId ? DEFAULT_NAMES.apiModel : apiModelId;
  return (
    <div className="select-row" data-field="apiModelId">
      <label htmlFor="api-model">Prompting: API model (A)</label>
      <select
        id="api-model"
        value={apiModelId}
        disabled={!catalog}
        onChange={(e) => select({ apiModelId: e.target.value })}
      >
        {!catalog && <option value={apiModelId}>{loadingName}</option>}
        {extra && (
          <option value={extra.id}>
            {apiModelLabel(extra)} · {extra.provider}
          </option>
        )}
        {providers.map((provider) => (
          <optgroup key={provider} label={provider}>
            {curated
              .filter((m) => m.provider === provider)
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {apiModelLabel(m)}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <button
        type="button"
        className="link-button"
        aria-expanded={searching}
        onClick={() => setSearching((open) => !open)}
      >
        {searching ? 'Close the search' : 'Search all API models (Bedrock, Azure, DeepSeek, …)'}
      </button>
      {searching && (
        <LazyBoundary
          what="The model search"
          fallback={<p role="status">Loading the model search…</p>}
        >
          <ApiModelSearch
            currentId={apiModelId}
            onPick={(id) => {
              select({ apiModelId: id });
              setSearching(false);
            }}
          />
        </LazyBoundary>
      )}
      {chosen && <ApiModelNotice model={chosen} stepMonth={stepMonth} />}
    </div>
  );
}
