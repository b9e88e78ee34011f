import type { MouseEvent } from 'react';
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

/** The phone's summary bar for whichever advice is current (see MobileSummary). */
export function SummaryBar({ advice }: { advice: Advice }) {
  return (
    <aside className="mobile-summary" data-verdict={advice.verdict} aria-label="Verdict summary">
      <span className="verdict-label">{VERDICT_LABEL[advice.verdict]}</span>
      <span className="mobile-headline">{advice.headline}</span>
      <a href={RESULTS} onClick={toResults}>
        Results
      </a>
    </aside>
  );
}
