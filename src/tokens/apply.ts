/**
 * What "Apply to scenario" writes: the counts of the pasted prompt as scenario values, kept
 * inside each field's valid range so the store never holds a value validation would reject;
 * a count that had to be moved into range keeps its own value, so the page can say so.
 */
import { nearestAccepted } from '../model/field-check.ts';
import { fieldByKey, type NumericKey } from '../model/scenario.ts';
import { tokensPerExample, type PromptCount } from './count.ts';

export interface ScenarioChange {
  key: NumericKey;
  value: number;
  /** The count itself when it lay outside the field's range and `value` is the nearest limit. */
  counted?: number;
}

/** What the field accepts nearest to a count: the store never holds a value validation would refuse. */
function accepted(key: NumericKey, value: number): number {
  return nearestAccepted(fieldByKey(key), value);
}

/** A change to `key`: the value kept in range, with the count itself when it had to move. */
function change(key: NumericKey, counted: number): ScenarioChange {
  const value = accepted(key, counted);
  return value === counted ? { key, value } : { key, value, counted };
}

/** The tokenizer ratio as the scenario stores it: two decimals, within the field's 0.5–2. */
export function ratioForScenario(ratio: number): number {
  return accepted('tokenizerRatio', Math.round(ratio * 100) / 100);
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
    changes.push(change('systemPromptTokens', a.systemTokens));
  }
  if (pasted.examples) {
    changes.push(
      change('fewShotExamples', a.exampleCount),
      change('fewShotTokensPerExample', tokensPerExample(a)),
    );
  }
  if (ratio !== null) changes.push(change('tokenizerRatio', Math.round(ratio * 100) / 100));
  return changes;
}
