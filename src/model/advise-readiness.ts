/**
 * The advisor's readiness reasons: is there enough data, and do the answers to the readiness
 * questions rule fine-tuning out or suggest waiting (spec: "The advisor")?
 */
import type { Reason } from './advice-types.ts';
import { formatCount } from './format.ts';
import type { Scenario } from './scenario.ts';

/** Below this many examples the spec calls the data insufficient; below the next, thin. */
const TOO_FEW_EXAMPLES = 100;
const FEW_EXAMPLES = 500;

/**
 * Too little data, facts that change, a need for general ability, moving requirements, no prompt
 * work yet.
 */
export function readinessReasons(s: Scenario): Reason[] {
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
