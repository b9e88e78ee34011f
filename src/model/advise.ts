/**
 * "Do you really need fine-tuning?" — a verdict and the reasons behind it, each naming the input
 * that caused it (spec: "The advisor"). The reasons are found by concern: readiness
 * (advise-readiness.ts), the cost case (advise-cost.ts) and billing (advise-billing.ts).
 */
import {
  KIND_ORDER,
  type Advice,
  type Reason,
  type ReasonKind,
  type Verdict,
} from './advice-types.ts';
import { billingReasons } from './advise-billing.ts';
import { costReasons, hasCostCase, headline, sourceReasons } from './advise-cost.ts';
import { readinessReasons } from './advise-readiness.ts';
import type { Result } from './calculate.ts';
import type { Scenario } from './scenario.ts';

export {
  KIND_ORDER,
  type Advice,
  type Reason,
  type ReasonKind,
  type Verdict,
} from './advice-types.ts';
export { hasCostCase } from './advise-cost.ts';

/**
 * Advice for scenario `s` and its result `r` (= calculate(s)). Any blocker gives 'dont';
 * otherwise a cost case (savings > 0 within the horizon) with no caution gives 'fine-tune';
 * everything else 'not-yet'.
 */
export function advise(s: Scenario, r: Result): Advice {
  const reasons: Reason[] = [
    ...readinessReasons(s),
    ...costReasons(s, r),
    ...sourceReasons(s, r),
    ...billingReasons(s, r),
  ];
  reasons.sort((x, y) => KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind));
  const has = (kind: ReasonKind) => reasons.some((reason) => reason.kind === kind);
  const verdict: Verdict = has('blocker')
    ? 'dont'
    : hasCostCase(r) && !has('caution')
      ? 'fine-tune'
      : 'not-yet';
  return { verdict, headline: headline(s, r), reasons };
}
