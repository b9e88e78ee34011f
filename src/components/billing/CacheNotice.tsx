import { selectResult, useScenario } from '../../state/selectors.ts';
import { useApiModelName } from '../../state/v2-selectors.ts';
import { LazyBoundary, lazyPart } from '../LazyPart.tsx';

// The sentences load after the first paint (they add nothing to the first load); the store is
// read here and handed down, since a lazy chunk importing the store splits the first load.
const CacheNoticeText = lazyPart(() => import('./CacheNoticeText.tsx'));

/** Whether the provider caches the prompt at all, and how often at this volume (cost-model.md v2). */
export function CacheNotice() {
  const scenario = useScenario();
  const model = useApiModelName();
  return (
    <LazyBoundary what="The cache notice">
      <CacheNoticeText scenario={scenario} result={selectResult(scenario)} model={model} />
    </LazyBoundary>
  );
}
