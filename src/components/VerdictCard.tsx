import { memo } from 'react';
import type { Advice } from '../model/advise.ts';
import type { Reason as AdviceReason } from '../model/advice-types.ts';
import './verdict-card.css';

export const VERDICT_LABEL = {
  'fine-tune': 'Fine-tune',
  'not-yet': 'Not yet',
  dont: "Don't fine-tune",
} as const;

/** What the status line says while the odds are drawn, or while their code loads. */
export const CHECKING = 'Checking how likely this is…';

/** What each kind of reason is called, on the page and in the memo. */
export const REASON_KIND_LABEL = {
  blocker: 'Blocker',
  caution: 'Caution',
  cost: 'Cost',
  benefit: 'Benefit',
  info: 'Note',
  hint: 'Hint',
} as const;

/** One reason; memoised on its texts, so a move that leaves a reason as it was leaves its DOM alone. */
const Reason = memo(function Reason({ kind, text }: Pick<AdviceReason, 'kind' | 'text'>) {
  return (
    <li data-kind={kind}>
      <span className="reason-kind">{REASON_KIND_LABEL[kind]}:</span> {text}
    </li>
  );
});

interface VerdictCardProps {
  advice: Advice;
  /**
   * The reasons to list, when not the advice's own: during a drag, those of the last pause. They
   * are long sentences that name the volume, and rewritten on every move they cost a slow phone
   * more than the figures the user is watching; meanwhile they show dimmed, as not yet current.
   */
  held?: readonly AdviceReason[] | undefined;
  /** A second headline sentence: the failure rate fine-tuning stays cheaper under, or null. */
  quality?: string | null | undefined;
  status?: string | undefined;
}

/**
 * The same card when what it shows is the same: the advice is a new object on every move, but
 * during a drag its verdict and headline rarely change and the reasons are held (see `held`), so
 * most moves leave the card as it was without React re-rendering it and comparing its elements.
 */
function sameCard(before: VerdictCardProps, after: VerdictCardProps): boolean {
  return (
    before.advice.verdict === after.advice.verdict &&
    before.advice.headline === after.advice.headline &&
    (before.held ?? before.advice.reasons) === (after.held ?? after.advice.reasons) &&
    Boolean(before.held) === Boolean(after.held) &&
    before.quality === after.quality &&
    before.status === after.status
  );
}

/** The advisor's verdict, its one-sentence headline, the reasons, and an optional status line. */
export const VerdictCard = memo(function VerdictCard({
  advice,
  held,
  quality,
  status,
}: VerdictCardProps) {
  return (
    <section className="card verdict" data-verdict={advice.verdict} aria-labelledby="verdict-title">
      <h2 id="verdict-title" className="visually-hidden">
        Verdict
      </h2>
      <p className="verdict-label" role="status">
        Verdict: {VERDICT_LABEL[advice.verdict]}
      </p>
      <p className="headline">
        {advice.headline}.{quality && ` ${quality}.`}
      </p>
      <ul className="reasons" aria-busy={held ? true : undefined}>
        {(held ?? advice.reasons).map((reason) => (
          <Reason key={`${reason.kind}-${reason.field}`} kind={reason.kind} text={reason.text} />
        ))}
      </ul>
      {/* The line says where the odds stand: on screen only (paper has the risk section). */}
      {status && <p className="muted small no-print">{status}</p>}
    </section>
  );
}, sameCard);
