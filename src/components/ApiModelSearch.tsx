import { useDeferredValue, useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { API_MODELS, type ApiModel } from '../catalog/api-models.ts';
import { loadFullCatalog } from '../catalog/full-catalog.ts';
import { apiModelLabel } from '../catalog/model-label.ts';
import { searchModels } from '../catalog/model-search.ts';
import { formatCount, formatUsd } from '../model/format.ts';
import { OwnForm } from './OwnForm.tsx';
import { TRAILING_QUIET_MS } from './trailing-timer.ts';
import { useTrailingValue } from './use-trailing-value.ts';

/**
 * Options drawn at once: five screens of the list, enough to scan; typing narrows the rest. (80
 * made each key's redraw of the list 10 – 17 ms at 1× CPU, 30 – 70 ms on a slow phone.)
 */
const SHOWN = 40;

/** Retired models are not offered here (isOffered), so their status never shows. */
const optionLabel = (m: ApiModel) => apiModelLabel(m);

/**
 * Search every current API model (a combobox over a grouped listbox). Lazy: it pulls in the full
 * catalog. The parent passes the store's action in, so this chunk does not import the store.
 */
export default function ApiModelSearch({
  currentId,
  onPick,
}: {
  currentId: string;
  onPick: (id: string) => void;
}) {
  const [others, setOthers] = useState<readonly ApiModel[]>([]);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const id = useId();

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

  // The box follows each key at once; the list (a search of ~1,400 models and up to 40 options
  // redrawn) follows once the typing pauses, as a deferred render that a key pressed meanwhile
  // goes ahead of. Drawn in the key's own task it took up to 120 ms a key at 4× CPU; redrawn
  // after each key, its frames took 8 – 10 ms at normal CPU, in the way of the next key. Enter
  // picks from what was typed all the same (optionsNow).
  const listQuery = useDeferredValue(useTrailingValue(query, TRAILING_QUIET_MS));
  const { groups, total } = useMemo(
    () => searchModels(API_MODELS, others, listQuery, SHOWN),
    [others, listQuery],
  );
  const flat = groups.flatMap((g) => g.models);
  const activeModel = flat[Math.min(active, flat.length - 1)];
  const optionId = (m: ApiModel) => `${id}-${m.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;

  /** The options for the text in the box now, also before the list has caught up with it. */
  const optionsNow = () =>
    listQuery === query
      ? flat
      : searchModels(API_MODELS, others, query, SHOWN).groups.flatMap((g) => g.models);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const count = optionsNow().length;
      setActive((i) => Math.max(0, Math.min(count - 1, i + step)));
    } else if (e.key === 'Enter') {
      // Typed fast and Enter pressed at once: the pick is from what was typed, not a list behind it.
      const options = optionsNow();
      const model = options[Math.min(active, options.length - 1)];
      if (!model) return;
      e.preventDefault();
      onPick(model.id);
    }
  };

  return (
    <OwnForm className="model-search">
      <label htmlFor={`${id}-q`}>Search all API models</label>
      <input
        id={`${id}-q`}
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={activeModel ? optionId(activeModel) : undefined}
        placeholder="flash, deepseek, bedrock…"
        autoComplete="off"
        // Model names are not words to correct; and Chromium spell-checked each word as a space
        // ended it: one 23 – 30 ms task (1× CPU) in the keys' way, measured typing "llama 70".
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p className="model-search-count" role="status">
        {failed
          ? 'The full model list could not be loaded; the curated models are shown.'
          : others.length === 0
            ? 'Loading the full list…'
            : `${formatCount(total)} models match${total > SHOWN ? `; the first ${SHOWN} are shown, type more to narrow` : ''}.`}
      </p>
      <div
        id={`${id}-list`}
        role="listbox"
        aria-label="API models"
        aria-busy={listQuery !== query ? true : undefined}
        className="model-search-list"
      >
        {groups.map((g) => (
          <div key={g.provider} role="group" aria-label={g.provider}>
            <div className="model-search-group" aria-hidden="true">
              {g.provider}
            </div>
            {g.models.map((m) => (
              <div
                key={m.id}
                id={optionId(m)}
                role="option"
                aria-selected={m.id === currentId}
                className={m === activeModel ? 'model-option active' : 'model-option'}
                onClick={() => onPick(m.id)}
              >
                <span>{optionLabel(m)}</span>
                <span className="model-option-price">
                  {formatUsd(m.inputPrice)} in / {formatUsd(m.outputPrice)} out per 1M
                </span>
              </div>
            ))}
          </div>
        ))}
      </div>
    </OwnForm>
  );
}
