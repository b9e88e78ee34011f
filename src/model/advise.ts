/**
 * "Do you really need fine-tuning?" — a verdict and the reasons behind it, each naming the input
 * that caused it (spec: "The advisor").
 */
import type { Result } from './calculate.ts';
import {
  formatBreakEvenVolume,
  formatCount,
  formatMonths,
  formatNumber,
  formatPercent,
  formatUsd,
} from './format.ts';
import type { Scenario } from './scenario.ts';
import { MAX_REQUESTS_PER_DAY } from './units.ts';

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

/** Below this many examples the spec calls the data insufficient; below the next, thin. */
const TOO_FEW_EXAMPLES = 100;
const FEW_EXAMPLES = 500;
/** The smallest prefix the major APIs cache (OpenAI and Anthropic: 1,024 tokens). */
const MIN_CACHEABLE_TOKENS = 1_024;
const EVERY_VOLUME = `${formatCount(MAX_REQUESTS_PER_DAY / 1_000_000)} million requests per day`;
/** The order reasons are listed in. */
export const KIND_ORDER: readonly ReasonKind[] = [
  'blocker',
  'caution',
  'cost',
  'benefit',
  'info',
  'hint',
];
/** Spec v2: "costs more at every volume up to ten times today's" rules fine-tuning out. */
const HOPELESS_VOLUME_FACTOR = 10;
/** Spec v2: an effective hit rate below this share of the configured one is worth a hint. */
const EXPIRY_HINT_SHARE = 0.9;

/**
 * Advice for scenario `s` and its result `r` (= calculate(s)). Any blocker gives 'dont';
 * otherwise a cost case (savings > 0 within the horizon) with no caution gives 'fine-tune';
 * everything else 'not-yet'.
 */
export function advise(s: Scenario, r: Result): Advice {
  const reasons: Reason[] = [
    ...readinessReasons(s),
    ...costReasons(s, r),
    ...sourceReasons(r),
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

/** A cost case: fine-tuning saves money over the horizon and breaks even within it. */
export function hasCostCase(r: Pick<Result, 'savings' | 'breakEvenMonth'>): boolean {
  return r.savings > 0 && r.breakEvenMonth !== null;
}

function readinessReasons(s: Scenario): Reason[] {
  const reasons: Reason[] = [];
  const examples = formatCount(s.trainingExamples);
  if (s.trainingExamples < TOO_FEW_EXAMPLES) {
    reasons.push({
      kind: 'blocker',
      field: 'trainingExamples',
      text: `${examples} training examples is not enough: a few dozen samples rarely teach a model anything reliable, and hundreds is the usual starting point.`,
    });
  } else if (s.trainingExamples < FEW_EXAMPLES) {
    reasons.push({
      kind: 'caution',
      field: 'trainingExamples',
      text: `${examples} training examples is enough to start, but expect modest gains; results usually keep improving as the set grows into the thousands.`,
    });
  }
  if (s.needsFreshKnowledge) {
    reasons.push({
      kind: 'blocker',
      field: 'needsFreshKnowledge',
      text: s.triedRag
        ? 'Your answers depend on facts that change, and fine-tuning cannot teach anything that happens after training. Keep those facts in retrieval (RAG), which you already use.'
        : 'Your answers depend on facts that change, and fine-tuning cannot teach anything that happens after training. Use retrieval (RAG): look the facts up and put them in the prompt.',
    });
  }
  if (s.wantsGeneralCapability) {
    reasons.push({
      kind: 'blocker',
      field: 'wantsGeneralCapability',
      text: 'You need broad, general ability, but fine-tuning narrows a model to its task and can make it worse at everything else (catastrophic forgetting).',
    });
  }
  if (s.requirementsChangeOften) {
    reasons.push({
      kind: 'caution',
      field: 'requirementsChangeOften',
      text: 'Your requirements change often: a prompt can be changed in minutes, while a fine-tuned model needs new data, a retrain and a new evaluation, which take days.',
    });
  }
  if (!s.triedPromptEngineering) {
    reasons.push({
      kind: 'caution',
      field: 'triedPromptEngineering',
      text: 'Try prompt engineering and few-shot examples first: they often close the gap within days and cost nothing to train.',
    });
  }
  return reasons;
}

function costReasons(s: Scenario, r: Result): Reason[] {
  const reasons: Reason[] = [];
  const volume = `At ${formatCount(s.requestsPerDay)} requests per day`;
  const horizon = formatMonths(s.horizonMonths);
  if (hasCostCase(r)) {
    reasons.push({
      kind: 'benefit',
      field: 'requestsPerDay',
      text: `${volume}, fine-tuning ${paybackPhrase(r)} and saves ${formatUsd(r.savings)} over ${horizon}.`,
    });
  } else {
    const difference =
      r.savings === 0
        ? `fine-tuning costs exactly as much as prompting over ${horizon}`
        : `fine-tuning costs ${formatUsd(-r.savings)} more than prompting over ${horizon}`;
    const breakEven = r.breakEvenRequestsPerDay;
    const outlook =
      breakEven === null
        ? `; it stays dearer at every volume up to ${EVERY_VOLUME}`
        : breakEven > s.requestsPerDay
          ? `; it would break even from about ${formatBreakEvenVolume(breakEven)} requests per day`
          : '';
    reasons.push({
      kind: 'cost',
      field: 'requestsPerDay',
      text: `${volume}, ${difference}${outlook}.`,
    });
    if (
      r.savings <= 0 &&
      (breakEven === null || breakEven > HOPELESS_VOLUME_FACTOR * s.requestsPerDay)
    ) {
      reasons.push({
        kind: 'blocker',
        field: 'requestsPerDay',
        text: `Fine-tuning costs more at every volume up to ten times today's ${formatCount(s.requestsPerDay)} requests per day: at this scale it does not pay.`,
      });
    }
  }
  if (r.promptTokensSavedPerMonth > 0) {
    reasons.push({
      kind: 'benefit',
      field: 'systemPromptTokens',
      text: `Fine-tuning drops about ${formatCount(r.promptTokensSavedPerRequest)} prompt tokens from every request: ${formatCount(r.promptTokensSavedPerMonth)} tokens a month no longer sent.`,
    });
  }
  const prefixTokens = s.systemPromptTokens + s.fewShotExamples * s.fewShotTokensPerExample;
  if (!s.promptCaching && prefixTokens >= MIN_CACHEABLE_TOKENS) {
    reasons.push({
      kind: 'hint',
      field: 'promptCaching',
      text: `Prompt caching is off, but the ${formatCount(prefixTokens)}-token prompt prefix is long enough to cache. Caching would cut the API model's cost, so this comparison may flatter fine-tuning.`,
    });
  }
  return reasons;
}

/** Spec v2: where the saving comes from — the smaller model, or fine-tuning it. */
function sourceReasons(r: Result): Reason[] {
  const { modelSwitch, fineTuning } = r.savingsParts;
  if (!(r.savings > 0)) return [];
  if (fineTuning <= 0) {
    const by =
      fineTuning < 0 ? ` — prompted, it costs ${formatUsd(-fineTuning)} less than fine-tuned` : '';
    return [
      {
        kind: 'caution',
        field: 'residualPromptTokens',
        text: `The whole saving comes from the smaller model, not from fine-tuning: prompt the small model first${by}.`,
      },
    ];
  }
  if (modelSwitch > r.savings / 2) {
    return [
      {
        kind: 'info',
        field: 'residualPromptTokens',
        text: `Most of this saving comes from the smaller model; prompt it first — that alone saves ${formatUsd(modelSwitch)}; fine-tuning adds ${formatUsd(fineTuning)}.`,
      },
    ];
  }
  return [];
}

/** Spec v2: how the API really bills — cache minimum and expiry, long-context tier, price steps, quality. */
function billingReasons(s: Scenario, r: Result): Reason[] {
  const reasons: Reason[] = [];
  const prefixTokens = s.systemPromptTokens + s.fewShotExamples * s.fewShotTokensPerExample;
  if (s.promptCaching && prefixTokens > 0 && prefixTokens < s.cacheMinPrefixTokens) {
    reasons.push({
      kind: 'hint',
      field: 'cacheMinPrefixTokens',
      text: `The ${formatCount(prefixTokens)}-token prompt prefix is shorter than the ${formatCount(s.cacheMinPrefixTokens)} tokens this model caches at least, so no cache discount is applied.`,
    });
  }
  if (s.cacheTtlMinutes > 0 && r.effectiveCacheHitRate < EXPIRY_HINT_SHARE * s.cacheHitRate) {
    // The spec's rule also fires when nothing is cached at all (effective rate 0): say why then.
    const cached = s.promptCaching && prefixTokens > 0 && prefixTokens >= s.cacheMinPrefixTokens;
    reasons.push({
      kind: 'hint',
      field: 'cacheTtlMinutes',
      text: cached
        ? `At ${formatCount(s.requestsPerDay)} requests per day the ${formatCount(s.cacheTtlMinutes)}-minute cache often expires between requests: the effective hit rate is ${formatPercent(r.effectiveCacheHitRate)}, not ${formatPercent(s.cacheHitRate)}.`
        : `Nothing is read from the cache (${s.promptCaching ? 'the prefix is too short to cache' : 'caching is off'}), so the effective hit rate is 0%, not ${formatPercent(s.cacheHitRate)}.`,
    });
  }
  if (r.longContextTier) {
    reasons.push({
      kind: 'hint',
      field: 'apiTierThresholdTokens',
      text: `Every request is billed at the long-context tier: the prompt is longer than ${formatCount(s.apiTierThresholdTokens)} tokens.`,
    });
  }
  if (s.apiPriceStepMonth > 0 && s.apiPriceStepMonth <= s.horizonMonths) {
    reasons.push({
      kind: 'hint',
      field: 'apiPriceStepMonth',
      text: `The API model's prices change from month ${formatCount(s.apiPriceStepMonth)} (input × ${formatNumber(s.apiPriceStepInputFactor)}, output × ${formatNumber(s.apiPriceStepOutputFactor)}).`,
    });
  }
  if (s.failureCost > 0 && r.breakEvenFailureRateB !== null) {
    reasons.push({
      kind: 'info',
      field: 'failureRateB',
      text: `Fine-tuning stays cheaper while the fine-tuned model fails on fewer than ${formatPercent(r.breakEvenFailureRateB)} of requests (today's estimate: ${formatPercent(s.failureRateB)}); measure it on a golden set before release.`,
    });
  }
  return reasons;
}

/** One sentence on the money, e.g. "Fine-tuning pays back in 4.2 months and saves $182,400 over 12 months". */
function headline(s: Scenario, r: Result): string {
  const horizon = formatMonths(s.horizonMonths);
  if (hasCostCase(r)) {
    return `Fine-tuning ${paybackPhrase(r)} and saves ${formatUsd(r.savings)} over ${horizon}`;
  }
  const breakEven = r.breakEvenRequestsPerDay;
  if (breakEven === null) {
    return `Prompting stays cheaper at every volume up to ${EVERY_VOLUME}`;
  }
  if (breakEven > s.requestsPerDay) {
    return `Prompting stays cheaper below ${formatBreakEvenVolume(breakEven)} requests per day`;
  }
  return `Prompting stays at least as cheap over ${horizon} at ${formatCount(s.requestsPerDay)} requests per day`;
}

/** "pays back in 4.2 months"; a payback too short to show in tenths of a month reads as days. */
function paybackPhrase(r: Result): string {
  const payback = r.paybackMonths ?? 0;
  if (payback === 0) return 'is cheaper from the start';
  if (payback < 0.05) return 'pays back within days';
  return `pays back in ${formatMonths(payback)}`;
}
