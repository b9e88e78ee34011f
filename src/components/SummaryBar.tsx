import { memo, type MouseEvent } from 'react';
import type { Advice } from '../model/advise.ts';
import { VERDICT_LABEL } from './VerdictCard.tsx';
import './verdict-card.css';
import './summary-bar.css';
import { goToFragment } from '../url/write-address-now.ts';

const RESULTS = '#verdict-title';

/** The link's own navigation would copy an address that may lag the latest change. */
function toResults(event: MouseEvent<HTMLAnchorElement>) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  event.preventDefault();
  goToFragment(RESULTS);
}

/** The bar shows the verdict and the headline only: a move that changes neither leaves it alone. */
const sameBar = (before: { advice: Advice }, after: { advice: Advice }) =>
  before.advice.verdict === after.advice.verdict &&
  before.advice.headline === after.advice.headline;

/** The phone's summary bar for whichever advice is current (see MobileSummary). */
export const SummaryBar = memo(function SummaryBar({ advice }: { advice: Advice }) {
  return (
    <aside className="mobile-summary" data-verdict={advice.verdict} aria-label="Verdict summary">
      <span className="verdict-label">{VERDICT_LABEL[advice.verdict]}</span>
      <span className="mobile-headline">{advice.headline}</span>
      <a href={RESULTS} onClick={toResults}>
        Results
      </a>
    </aside>
  );
}, sameBar);
