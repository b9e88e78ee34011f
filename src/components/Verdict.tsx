import { useAdvice } from '../state/selectors.ts';
import { useFailureSentence } from '../state/v2-selectors.ts';

export const VERDICT_LABEL = {
  'fine-tune': 'Fine-tune',
  'not-yet': 'Not yet',
  dont: "Don't fine-tune",
} as const;

const KIND_LABEL = {
  blocker: 'Blocker',
  caution: 'Caution',
  cost: 'Cost',
  benefit: 'Benefit',
  info: 'Note',
  hint: 'Hint',
} as const;

/** The advisor's verdict, its one-sentence headline and the reasons behind it. */
export function Verdict() {
  const advice = useAdvice();
  const quality = useFailureSentence();
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
      <ul className="reasons">
        {advice.reasons.map((reason) => (
          <li key={`${reason.kind}-${reason.field}`} data-kind={reason.kind}>
            <span className="reason-kind">{KIND_LABEL[reason.kind]}:</span> {reason.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
