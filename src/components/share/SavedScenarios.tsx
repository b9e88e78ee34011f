import { lazy, Suspense } from 'react';

// Below the results and needing the link codec: loaded after the first paint.
const SavedList = lazy(() => import('./SavedList.tsx'));

/** Scenarios saved in this browser. */
export function SavedScenarios() {
  return (
    <section className="card" aria-labelledby="saved-title">
      <h2 id="saved-title">Saved scenarios</h2>
      <Suspense fallback={<p className="muted">Loading saved scenarios…</p>}>
        <SavedList />
      </Suspense>
    </section>
  );
}
