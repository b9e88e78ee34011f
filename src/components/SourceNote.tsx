import { memo } from 'react';
import type { NumericKey } from '../model/scenario.ts';
import { useCatalogSource } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import './source-note.css';

/**
 * Under a catalog-filled field: where its value comes from and when, or — once the user changed
 * it — an "edited" marker with a reset to the catalog's value.
 */
export const SourceNote = memo(function SourceNote({ field }: { field: NumericKey }) {
  const source = useCatalogSource(field);
  const overridden = useStore((s) => s.overrides.includes(field));
  // Not subscribed to (it never changes): see NumberSlider.
  const resetField = useStore.getState().resetField;
  if (!source) return null;
  return (
    // A div, not a p: a <details> may not sit inside a paragraph.
    <div className="source-note">
      {overridden ? (
        <>
          <span className="badge">Edited</span>
          <span>catalog value {source.display}</span>
          <button type="button" className="link" onClick={() => resetField(field)}>
            Reset to catalog
          </button>
        </>
      ) : (
        <span>
          {source.estimate ? 'Estimate · ' : ''}
          {source.url ? (
            <a href={source.url} target="_blank" rel="noreferrer">
              {source.source}
            </a>
          ) : (
            source.source
          )}{' '}
          · {source.date}
        </span>
      )}
      {source.note && (
        <details className="source-details">
          <summary>How this was derived</summary>
          {source.note}
        </details>
      )}
    </div>
  );
});
