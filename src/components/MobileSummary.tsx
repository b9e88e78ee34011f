import { VERDICT_LABEL } from './VerdictCard.tsx';
import { useAdvice } from '../state/selectors.ts';

/**
 * The verdict and its headline in sight while the user edits assumptions, with a link to the full
 * verdict. On a phone, where the results sit below the inputs, a bar at the bottom of the screen;
 * on a laptop, a strip at the top of the results column that appears once the verdict card has
 * scrolled away (styles.css). Never on paper.
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
