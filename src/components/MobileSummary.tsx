import { VERDICT_LABEL } from './VerdictCard.tsx';
import { useAdvice } from '../state/selectors.ts';

/**
 * On a phone the results sit below the inputs: this bar keeps the verdict and its headline in
 * sight while the user moves a slider, with a link down to the full results. Hidden on wide
 * screens (the results are beside the inputs there) and on paper.
 */
export function MobileSummary() {
  const advice = useAdvice();
  return (
    <aside className="mobile-summary" data-verdict={advice.verdict} aria-label="Verdict summary">
      <span className="verdict-label">{VERDICT_LABEL[advice.verdict]}</span>
      <span className="mobile-headline">{advice.headline}</span>
      <a href="#verdict-title">Results</a>
    </aside>
  );
}
