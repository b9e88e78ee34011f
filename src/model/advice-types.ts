/**
 * What the advisor gives: a verdict and the reasons behind it, each naming the input that caused
 * it (spec: "The advisor"). Types only, plus the order reasons are listed in.
 */

export type Verdict = 'fine-tune' | 'not-yet' | 'dont';

/**
 * blocker: rules fine-tuning out; caution: a reason to wait; benefit: a point in fine-tuning's
 * favour (including a positive cost case); cost: the numbers do not favour fine-tuning;
 * info: a figure that helps read the result (where the saving comes from, the failure rate B
 * must stay under); hint: the comparison itself may be unfair or is billed in a special way.
 */
export type ReasonKind = 'blocker' | 'caution' | 'benefit' | 'cost' | 'info' | 'hint';

export interface Reason {
  kind: ReasonKind;
  /** The Scenario key behind this reason. */
  field: string;
  text: string;
}

export interface Advice {
  verdict: Verdict;
  /** One sentence on the cost case, without a final full stop. */
  headline: string;
  /** Blockers first, then cautions, the cost case, benefits and hints. */
  reasons: Reason[];
}

/** The order reasons are listed in. */
export const KIND_ORDER: readonly ReasonKind[] = [
  'blocker',
  'caution',
  'cost',
  'benefit',
  'info',
  'hint',
];
