import { useDeferredValue, useMemo } from 'react';
import { selectResult, useScenario } from '../../state/selectors.ts';
import { useApiModelName } from '../../state/v2-selectors.ts';
import { LazyBoundary, lazyPart } from '../LazyPart.tsx';

// The sentences load after the first paint (they add nothing to the first load); the store is
// read here and handed down, since a lazy chunk importing the store splits the first load.
const CacheNoticeText = lazyPart(() => import('./CacheNoticeText.tsx'));

/** Whether the provider caches the prompt at all, and how often at this volume (cost-model.md v2). */
export function CacheNotice() {
  // A pass after the slider and the key figures: the sentence is secondary to the numbers a
  // user watches while dragging, and three lines of text to lay out and paint on a slow phone.
  const scenario = useDeferredValue(useScenario());
  const model = useApiModelName();
  return useMemo(
    () => (
      <LazyBoundary what="The cache notice">
        <CacheNoticeText scenario={scenario} result={selectResult(scenario)} model={model} />
      </LazyBoundary>
    ),
    [scenario, model],
  );
}
