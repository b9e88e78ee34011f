import { cacheNoticeShows } from '../../state/cache-notice-shows.ts';
import { selectResult, useScenario } from '../../state/selectors.ts';
import { useApiModelName } from '../../state/v2-selectors.ts';
import { LazyBoundary, lazyPart } from '../LazyPart.tsx';

// The sentences load after the first paint (they add nothing to the first load); the store is
// read here and handed down, since a lazy chunk importing the store splits the first load.
const CacheNoticeText = lazyPart(() => import('./CacheNoticeText.tsx'));

/**
 * Unseen words of about the sentences' length (five characters a word, as theirs), which wrap
 * as they do at any width: the notice's place is kept while they load, and what is below it no
 * longer moves down by 2 – 5 lines when they come (a click aimed at a picker then missed).
 */
const KEEP_PLACE = 'xxxx '.repeat(31);

/** Whether the provider caches the prompt at all, and how often at this volume (cost-model.md v2). */
export function CacheNotice() {
  const scenario = useScenario();
  const model = useApiModelName();
  return (
    <LazyBoundary
      what="The cache notice"
      fallback={
        cacheNoticeShows(scenario) && (
          <p className="billing-notice keep-place" aria-hidden="true">
            {KEEP_PLACE}
          </p>
        )
      }
    >
      <CacheNoticeText scenario={scenario} result={selectResult(scenario)} model={model} />
    </LazyBoundary>
  );
}
