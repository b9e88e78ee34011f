import type { Advice } from '../model/advise.ts';
import { VERDICT_LABEL } from './VerdictCard.tsx';
import './verdict-card.css';
import './summary-bar.css';

/** The phone's summary bar for whichever advice is current (see MobileSummary). */
export function SummaryBar({ advice }: { advice: Advice }) {
  return (
    <aside className="mobile-summary" data-verdict={advice.verdict} aria-label="Verdict summary">
      <span className="verdict-label">{VERDICT_LABEL[advice.verdict]}</span>
      <span className="mobile-headline">{advice.headline}</span>
      <a href="#verdict-title">Results</a>
    </aside>
  );
}
