import { useEffect, useState, type FormEvent } from 'react';
import { selectComparison, useComparedInputs } from '../../state/compare-selectors.ts';
import { startSavedScenariosWhenIdle } from '../../state/saved-storage.ts';
import { useSharing } from '../../state/sharing.ts';
import type { Inputs } from '../../state/store.ts';
import { encodeLink, shareUrl } from '../../url/link.ts';
import { LazyBoundary, lazyPart } from '../LazyPart.tsx';
import { formatCount } from '../../model/format.ts';
import { figureRows } from './compare-figures.ts';
import { isolateText } from './isolate-text.ts';
import { currentInputs } from './current-inputs.ts';
import { ManualCopy } from './ManualCopy.tsx';
import { openSaved } from './saved-open.ts';
import { useConfirmation, useCopyLink } from './use-copy-link.ts';

// recharts loads with the chart, never with the first page.
const CompareChart = lazyPart(() => import('./CompareChart.tsx'));

const CURRENT = 'current';
/** Options per menu: 40,000 saved scenarios as 80,000 options froze the page for seconds. */
const MAX_CHOICES = 300;

/** Pick two scenarios: the current one or a saved one on the left, a saved one on the right. */
function ComparePicker() {
  useEffect(() => startSavedScenariosWhenIdle(), []);
  const all = useSharing((s) => s.saved);
  const saved = all.length > MAX_CHOICES ? all.slice(-MAX_CHOICES) : all; // the newest
  const [left, setLeft] = useState(CURRENT);
  const [right, setRight] = useState('');
  const rightId = saved.some((e) => e.id === right) ? right : (saved[0]?.id ?? '');
  if (saved.length === 0) {
    return <p className="muted">Save a scenario to compare it with the current one.</p>;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const find = (id: string) => saved.find((entry) => entry.id === id);
    const rightEntry = find(rightId);
    if (!rightEntry) return;
    const leftEntry = left === CURRENT ? undefined : find(left);
    const r = openSaved(rightEntry);
    const l = leftEntry ? openSaved(leftEntry) : null;
    useSharing.getState().setCompare({ left: l?.inputs ?? null, right: r.inputs });
    useSharing.getState().setLinkProblems([...(l?.problems ?? []), ...r.problems]);
  };
  return (
    <form className="compare-picker" onSubmit={submit}>
      <label>
        Left
        <select value={left} onChange={(e) => setLeft(e.target.value)}>
          <option value={CURRENT}>Current scenario</option>
          {saved.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {isolateText(entry.name)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Right
        <select value={rightId} onChange={(e) => setRight(e.target.value)}>
          {saved.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {isolateText(entry.name)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Compare</button>
      {saved.length < all.length && (
        <p className="muted small">
          The {formatCount(saved.length)} newest of {formatCount(all.length)} saved scenarios; use
          Compare in the list for an older one.
        </p>
      )}
    </form>
  );
}

function names(left: Inputs, right: Inputs, leftIsCurrent: boolean): [string, string] {
  const l = isolateText(left.name) || (leftIsCurrent ? 'Current scenario' : 'Left scenario');
  const r = isolateText(right.name) || 'Right scenario';
  return l === r ? [`${l} (left)`, `${r} (right)`] : [l, r];
}

function Comparison({ left, right }: { left: Inputs; right: Inputs }) {
  const leftIsCurrent = useSharing((s) => s.compare?.left === null);
  const [message, confirm] = useConfirmation();
  const link = useCopyLink(confirm, 'Comparison link copied.');
  const figures = selectComparison(left.scenario, right.scenario);
  const [leftName, rightName] = names(left, right, leftIsCurrent);

  const copy = () => {
    const compare = useSharing.getState().compare;
    if (compare) void link.copy(shareUrl(encodeLink(currentInputs(), compare), window.location));
  };
  return (
    <div className="comparison">
      <table className="compare-table">
        <caption>Key figures side by side</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">{leftName}</th>
            <th scope="col">{rightName}</th>
          </tr>
        </thead>
        <tbody>
          {figureRows(figures.left, figures.right).map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.left}</td>
              <td>{row.right}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <LazyBoundary
        what="The comparison chart"
        fallback={<p className="chart-placeholder">Loading chart…</p>}
      >
        <CompareChart rows={figures.rows} leftName={leftName} rightName={rightName} />
      </LazyBoundary>
      <div className="notice-actions">
        <button type="button" className="primary" onClick={copy}>
          Copy comparison link
        </button>
        <button type="button" onClick={() => useSharing.getState().setCompare(null)}>
          Close comparison
        </button>
      </div>
      <p className="share-confirmation" aria-live="polite">
        {message}
      </p>
      {link.manualLink !== null && <ManualCopy link={link.manualLink} onClose={link.closeManual} />}
    </div>
  );
}

/** The comparison, following the current scenario when it is one side. */
function OpenComparison() {
  const compared = useComparedInputs();
  return compared && <Comparison left={compared.left} right={compared.right} />;
}

/**
 * The picker and, when open, the comparison (loaded after first paint). Only whether one is open
 * is read here: with none open, a slider move re-renders nothing of this.
 */
export default function CompareView() {
  const open = useSharing((s) => s.compare !== null);
  return (
    <>
      <ComparePicker />
      {open && <OpenComparison />}
    </>
  );
}
