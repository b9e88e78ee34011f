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

/**
 * The pasted prompt as the page holds it. The worker splits the examples: splitting megabytes of
 * them, and sending the page's array of 250,000 examples to the worker, blocked the page 140 ms.
 */
export interface PastedPrompt {
  system: string;
  examples: string;
  split: ExampleSplit;
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

export const splitPrompt = ({ system, examples, split }: PastedPrompt): PromptTexts =>
  promptTexts(system, examples, split);

/** One tokenizer's counts of the pasted prompt. */
export interface PromptCount {
  systemTokens: number;
  /** Number of examples: blocks counted, or the user's count for text pasted all together. */
  exampleCount: number;
  /** All examples' tokens together. */
  exampleTokens: number;
}

/**
 * Longest piece handed to a tokenizer at once. BPE tokenizers slow down much faster than
 * linearly on a run without spaces (o200k in Node: 6,500 emoji characters 0.8 s, 52,000 about a
 * minute); in pieces of 500 characters the same 52,000 take about 20 ms.
 */
export const PIECE_CHARS = 500;
/** Above this many characters the count is estimated from evenly spread pieces, and says so. */
export const EXACT_LIMIT_CHARS = 2_000_000;

/**
 * Before a space between two non-spaces, or before a line break after a letter or digit (after
 * punctuation, "!\n" is one token), with a non-space after it: no token spans such a place.
 */
function isBreak(text: string, i: number): boolean {
  const [before = '', at, after = ''] = [text[i - 1], text[i], text[i + 1]];
  if (!/\S/.test(after)) return false;
  return at === ' ' ? /\S/.test(before) : at === '\n' && /[\p{L}\p{N}]/u.test(before);
}

/**
 * Where to cut `text` into pieces of at most `max` characters. A cut goes where tokenizers split
 * anyway (" word" starts a token), so the counts stay exact. A run with no such place is cut at `max` (never inside a
 * surrogate pair); such a cut may split a token (up to two tokens more), so it is counted in `cuts`.
 */
export function pieceEnds(text: string, max = PIECE_CHARS): { ends: number[]; cuts: number } {
  const ends: number[] = [];
  let cuts = 0;
  let start = 0;
  while (text.length - start > max) {
    let end = -1;
    for (let i = start + max; i > start + max / 4 && end < 0; i--) if (isBreak(text, i)) end = i;
    if (end < 0) {
      end = start + max;
      if (/[\uDC00-\uDFFF]/.test(text[end] ?? '')) end--; // keep a surrogate pair whole
      cuts++;
    }
    ends.push(end);
    start = end;
  }
  ends.push(text.length);
  return { ends, cuts };
}

/** How a prompt is counted: its texts (system first), the pieces to count, and what was left out. */
export interface CountPlan {
  /** The system prompt, then each example. */
  texts: readonly string[];
  /** Pieces to count, as [text index, start, end]. */
  pieces: ReadonlyArray<readonly [number, number, number]>;
  togetherCount: number | null;
  totalChars: number;
  /** Characters in the counted pieces: below totalChars when the count is estimated. */
  countedChars: number;
  /** Runs without spaces cut at PIECE_CHARS (each may add up to two tokens to the count). */
  cuts: number;
}

export function planCount(
  texts: PromptTexts,
  { limit = EXACT_LIMIT_CHARS, pieceChars = PIECE_CHARS } = {},
): CountPlan {
  // A blank system prompt counts as none (and its whitespace as no tokens).
  const all = [texts.system.trim() === '' ? '' : texts.system, ...texts.examples];
  const pieces: Array<readonly [number, number, number]> = [];
  let cuts = 0;
  all.forEach((text, index) => {
    const split = pieceEnds(text, pieceChars);
    cuts += split.cuts;
    let start = 0;
    for (const end of split.ends) {
      if (end > start) pieces.push([index, start, end]);
      start = end;
    }
  });
  const totalChars = all.reduce((sum, text) => sum + text.length, 0);
  // Every k-th piece: spread over the whole text, so a sample sees every part of it.
  const stride = Math.max(1, Math.ceil(totalChars / limit));
  const chosen = stride === 1 ? pieces : pieces.filter((_, i) => i % stride === 0);
  const countedChars = chosen.reduce((sum, [, start, end]) => sum + end - start, 0);
  return {
    texts: all,
    pieces: chosen,
    togetherCount: texts.togetherCount,
    totalChars,
    countedChars,
    cuts,
  };
}

/**
 * Counts a plan's pieces with one encoder, one piece per step: each step yields the characters
 * done so far, so the worker can pause between pieces (to hear "stop") and report progress. When
 * only a sample was counted, each text's tokens are its length times the tokens per character of
 * its counted pieces (or of the whole sample, for a text none of whose pieces was picked).
 */
export function* countSteps(encoder: Encoder, plan: CountPlan): Generator<number, PromptCount> {
  const tokens = plan.texts.map(() => 0);
  const chars = plan.texts.map(() => 0);
  let done = 0;
  for (const [index, start, end] of plan.pieces) {
    tokens[index] =
      (tokens[index] ?? 0) + encoder.count(plan.texts[index]?.slice(start, end) ?? '');
    chars[index] = (chars[index] ?? 0) + end - start;
    done += end - start;
    yield done;
  }
  const sampled = plan.countedChars < plan.totalChars;
  const sampleRate =
    plan.countedChars > 0 ? tokens.reduce((a, b) => a + b, 0) / plan.countedChars : 0;
  const perText = plan.texts.map((text, i) => {
    if (!sampled) return tokens[i] ?? 0;
    const rate = (chars[i] ?? 0) > 0 ? (tokens[i] ?? 0) / (chars[i] ?? 1) : sampleRate;
    return Math.round(text.length * rate);
  });
  const [systemTokens = 0, ...exampleTokens] = perText;
  return {
    systemTokens,
    exampleCount: plan.togetherCount ?? plan.texts.length - 1,
    exampleTokens: exampleTokens.reduce((a, b) => a + b, 0),
  };
}

/** All of countSteps at once; `onProgress` hears the characters done so far. */
export function countPlan(
  encoder: Encoder,
  plan: CountPlan,
  onProgress?: (doneChars: number) => void,
): PromptCount {
  const steps = countSteps(encoder, plan);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done === true) return step.value;
    onProgress?.(step.value);
  }
}

/** Counts a prompt exactly as the counter does (in pieces; sampled past EXACT_LIMIT_CHARS). */
export function countPrompt(encoder: Encoder, texts: PromptTexts): PromptCount {
  return countPlan(encoder, planCount(texts));
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
