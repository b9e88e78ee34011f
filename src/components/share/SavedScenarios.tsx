import { LazyBoundary, lazyPart } from '../LazyPart.tsx';

// Below the results and needing the link codec: loaded after the first paint.
const SavedList = lazyPart(() => import('./SavedList.tsx'));

/** Scenarios saved in this browser. */
export function SavedScenarios() {
  return (
    <section className="card saved-scenarios" aria-labelledby="saved-title">
      <h2 id="saved-title">Saved scenarios</h2>
      <LazyBoundary
        what="The list of saved scenarios"
        fallback={<p className="muted">Loading saved scenarios…</p>}
      >
        <SavedList />
      </LazyBoundary>
    </section>
  );
}
