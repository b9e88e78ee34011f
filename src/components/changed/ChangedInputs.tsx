import { useState } from 'react';
import { selectChanges } from '../../state/changed-selectors.ts';
import { baselineFor, initialInputs, useStore } from '../../state/store.ts';
import { useCatalog } from '../../state/use-catalog.ts';
import { useSettledScenario } from '../SettledScenario.tsx';
import { revealControl } from './reveal.ts';
import './changed.css';

/** Changes listed before "Show all": enough for a typical scenario, short enough to scan. */
const SHOWN = 6;

/**
 * "Changed from defaults": what this scenario changed, old → new, at the top of the results, so
 * whoever opens a shared link sees at once what it rests on. Each name takes the reader to its
 * control, opening the group it sits in. Nothing shows while the scenario is the default one.
 */
export default function ChangedInputs() {
  // The list follows once a slider pauses, as the charts do: redrawn on every move of a drag it
  // cost a slow phone about 4 ms a move, on top of the figures the user is watching.
  const scenario = useSettledScenario();
  const selection = useStore((s) => s.selection);
  // The catalog's arrival fills the baseline's prices and the models' names.
  const catalog = useCatalog();
  const baseline = catalog ? baselineFor(selection) : initialInputs().scenario;
  const changes = selectChanges({ scenario, selection, baseline, catalog });
  const [showAll, setShowAll] = useState(false);
  const [notShown, setNotShown] = useState<string | null>(null);
  if (changes.length === 0) return null;
  const shown = showAll ? changes : changes.slice(0, SHOWN);
  const go = (control: string, label: string) => {
    setNotShown(null);
    void revealControl(control).then((found) => {
      if (!found) setNotShown(label);
    });
  };
  return (
    <section className="card changed-inputs" aria-labelledby="changed-title">
      <h2 id="changed-title">
        Changed from defaults <span className="muted">({changes.length})</span>
      </h2>
      <p className="muted small">
        Old → new. “Catalog” marks a price or size the catalog gives for the chosen model. Select a
        name to go to its control.
      </p>
      <ul className="changed-list">
        {shown.map((change) => (
          <li key={change.control}>
            <button type="button" className="link" onClick={() => go(change.control, change.label)}>
              {change.label}
            </button>
            :{' '}
            <span className="changed-from">
              {change.from}
              {change.fromCatalog && <span className="muted"> (catalog)</span>}
            </span>{' '}
            → <strong>{change.to}</strong>
          </li>
        ))}
      </ul>
      {changes.length > SHOWN && (
        <button
          type="button"
          className="link"
          aria-expanded={showAll}
          onClick={() => setShowAll((all) => !all)}
        >
          {showAll ? 'Show fewer' : `Show all ${changes.length} changes`}
        </button>
      )}
      {notShown !== null && (
        <p className="muted small" role="status">
          {notShown} has no control on the page in this serving mode; it still counts in the
          figures.
        </p>
      )}
    </section>
  );
}
