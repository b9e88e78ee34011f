/**
 * What "Apply to scenario" writes: the counts of the pasted prompt as scenario values, kept
 * inside each field's valid range so the store never holds a value validation would reject.
 */
import { fieldByKey, type NumericKey } from '../model/scenario.ts';
import { tokensPerExample, type PromptCount } from './count.ts';

export interface ScenarioChange {
  key: NumericKey;
  value: number;
}

function clampToField(key: NumericKey, value: number): number {
  const field = fieldByKey(key);
  return Math.min(field.max, Math.max(field.min, value));
}

/** The tokenizer ratio as the scenario stores it: two decimals, within the field's 0.5–2. */
export function ratioForScenario(ratio: number): number {
  return clampToField('tokenizerRatio', Math.round(ratio * 100) / 100);
}

/**
 * Only what was pasted changes: no system prompt text leaves systemPromptTokens alone, no
 * examples leave the few-shot fields alone, and no measured ratio (B counted with the
 * catalog's ratio) leaves the tokenizer ratio alone.
 */
export function scenarioChanges(
  a: PromptCount,
  ratio: number | null,
  pasted: { system: boolean; examples: boolean },
): ScenarioChange[] {
  const changes: ScenarioChange[] = [];
  if (pasted.system) {
    changes.push({
      key: 'systemPromptTokens',
      value: clampToField('systemPromptTokens', a.systemTokens),
    });
  }
  if (pasted.examples) {
    changes.push(
      { key: 'fewShotExamples', value: clampToField('fewShotExamples', a.exampleCount) },
      {
        key: 'fewShotTokensPerExample',
        value: clampToField('fewShotTokensPerExample', tokensPerExample(a)),
      },
    );
  }
  if (ratio !== null) changes.push({ key: 'tokenizerRatio', value: ratioForScenario(ratio) });
  return changes;
}
