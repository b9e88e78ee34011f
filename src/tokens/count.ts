/**
 * Counting a pasted prompt: pure functions over any encoder, so the same code runs in the
 * tokenizer worker and in unit tests with the real packages.
 */

/** Anything that turns text into a number of tokens (o200k, a Hugging Face tokenizer…). */
export interface Encoder {
  count(text: string): number;
}

/**
 * How the few-shot text is cut into examples: one example per block (blocks separated by blank
 * lines, or by a line holding only ---), or all together with the number of examples given.
 */
export type ExampleSplit =
  { kind: 'blank-line' } | { kind: 'dashes' } | { kind: 'together'; count: number };

/** The pasted texts, as the worker receives them. */
export interface PromptTexts {
  system: string;
  /** One entry per example, or one entry holding them all when `togetherCount` is set. */
  examples: readonly string[];
  /** The user's count of examples when they were pasted all together; null otherwise. */
  togetherCount: number | null;
}

const BLANK_LINES = /\n[ \t]*\n\s*/;
const DASH_LINE = /\n[ \t]*-{3,}[ \t]*\n/;

/** Splits the few-shot text into examples; empty blocks are dropped. */
export function splitExamples(text: string, split: ExampleSplit): PromptTexts['examples'] {
  const normalised = `\n${text.replace(/\r\n?/g, '\n')}\n`;
  if (split.kind === 'together') return normalised.trim() === '' ? [] : [normalised.trim()];
  const blocks = normalised.split(split.kind === 'dashes' ? DASH_LINE : BLANK_LINES);
  return blocks.map((block) => block.trim()).filter((block) => block !== '');
}

export function promptTexts(
  system: string,
  examplesText: string,
  split: ExampleSplit,
): PromptTexts {
  const examples = splitExamples(examplesText, split);
  return {
    system,
    examples,
    togetherCount: split.kind === 'together' && examples.length > 0 ? split.count : null,
  };
}

/** One tokenizer's counts of the pasted prompt. */
export interface PromptCount {
  systemTokens: number;
  /** Number of examples: blocks counted, or the user's count for text pasted all together. */
  exampleCount: number;
  /** All examples' tokens together. */
  exampleTokens: number;
}

export function countPrompt(encoder: Encoder, texts: PromptTexts): PromptCount {
  const exampleTokens = texts.examples.reduce((sum, text) => sum + encoder.count(text), 0);
  return {
    systemTokens: texts.system.trim() === '' ? 0 : encoder.count(texts.system),
    exampleCount: texts.togetherCount ?? texts.examples.length,
    exampleTokens,
  };
}

/** System prompt and examples together: the static prefix A sends with every request. */
export function totalTokens(count: PromptCount): number {
  return count.systemTokens + count.exampleTokens;
}

/** Average tokens per example, rounded to a whole token; 0 without examples. */
export function tokensPerExample(count: PromptCount): number {
  return count.exampleCount > 0 ? Math.round(count.exampleTokens / count.exampleCount) : 0;
}

/**
 * B's tokens per A token over the whole pasted text, the scenario's tokenizer ratio; null when
 * A counted nothing (no ratio to measure).
 */
export function measuredRatio(a: PromptCount, b: PromptCount): number | null {
  const totalA = totalTokens(a);
  return totalA > 0 ? totalTokens(b) / totalA : null;
}
