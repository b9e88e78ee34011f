/**
 * The advisor's cost case: does fine-tuning save money within the horizon, at which volume would
 * it, and where does the saving come from (spec: "The advisor"; v2: the smaller model or the
 * fine-tuning). Also the headline, one sentence on the money.
 */
import type { Result } from './calculate.ts';
import type { Reason } from './advice-types.ts';
import { formatBreakEvenVolume, formatCount, formatMonths, formatUsd } from './format.ts';
import type { Scenario } from './scenario.ts';
import { MAX_REQUESTS_PER_DAY } from './units.ts';

/** The smallest prefix the major APIs cache (OpenAI and Anthropic: 1,024 tokens). */
const MIN_CACHEABLE_TOKENS = 1_024;
const EVERY_VOLUME = `${formatCount(MAX_REQUESTS_PER_DAY / 1_000_000)} million requests per day`;
/** Spec v2: "costs more at every volume up to ten times today's" rules fine-tuning out. */
const HOPELESS_VOLUME_FACTOR = 10;

/** A cost case: fine-tuning saves money over the horizon and breaks even within it. */
export function hasCostCase(r: Pick<Result, 'savings' | 'breakEvenMonth'>): boolean {
  return r.savings > 0 && r.breakEvenMonth !== null;
}

/**
 * The cost case as reasons: the saving or the extra cost, the prompt no longer sent, caching
 * left off.
 */
export function costReasons(s: Scenario, r: Result): Reason[] {
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

/**
 * Spec v2: where the saving comes from — the smaller model, or fine-tuning it. Beyond the spec's
 * table: when fine-tuning does not pay but the small model prompted (C) still beats A, the advisor
 * says so, or a reader told "prompting stays cheaper" would never learn that switching models
 * alone saves money.
 */
export function sourceReasons(s: Scenario, r: Result): Reason[] {
  const { modelSwitch, fineTuning } = r.savingsParts;
  if (!(r.savings > 0)) {
    if (!(modelSwitch > 0)) return [];
    return [
      {
        kind: 'info',
        field: 'residualPromptTokens',
        text: `Prompting the small model with the same prompt, without fine-tuning, would save ${formatUsd(modelSwitch)} over ${formatMonths(s.horizonMonths)} if it answers as well as the API model: test that on your own examples first. Fine-tuning it costs ${formatUsd(-fineTuning)} more than prompting it.`,
      },
    ];
  }
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

/** One sentence on the money, e.g. "Fine-tuning pays back in 4.2 months and saves $182,400 over 12 months". */
export function headline(s: Scenario, r: Result): string {
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
