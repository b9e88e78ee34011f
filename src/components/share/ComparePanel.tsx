import { LazyBoundary, lazyPart } from '../LazyPart.tsx';

// Below the results and needing the link codec: loaded after the first paint.
const CompareView = lazyPart(() => import('./CompareView.tsx'));

/** Two scenarios side by side: key figures and one cumulative-cost chart, shareable as one link. */
export function ComparePanel() {
  return (
    <section className="card compare-panel" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare scenarios</h2>
      <LazyBoundary what="Comparing" fallback={<p className="muted">Loading…</p>}>
        <CompareView />
      </LazyBoundary>
    </section>
  );
}
