/** Messages between the page and the tokenizer worker. The pasted text never leaves the browser. */
import type { CountPlan, PastedPrompt, PromptCount } from './count.ts';
import type { Progress } from './fetch-progress.ts';
import type { TokenizerFamily } from './families.ts';

export interface FamilyAssets {
  family: TokenizerFamily;
  /** Absolute URLs of the family's tokenizer.json and tokenizer_config.json (static assets). */
  jsonUrl: string;
  configUrl: string;
  jsonBytes: number;
}

export type ToWorker =
  /** Load o200k and, when given, B's tokenizer (replacing any other family held). */
  | { type: 'load'; assets: FamilyAssets | null }
  | { type: 'count'; id: number; prompt: PastedPrompt; family: TokenizerFamily | null }
  /** Drop the running count (a newer count drops it too): the worker stops between two pieces. */
  | { type: 'stop' };

/** How much of the text a count covered: all of it, or a sample (and runs cut mid-token). */
export type CountCoverage = Pick<CountPlan, 'totalChars' | 'countedChars' | 'cuts'>;

export type FromWorker =
  | { type: 'progress'; family: TokenizerFamily; progress: Progress }
  | { type: 'building'; family: TokenizerFamily | 'o200k' }
  | { type: 'ready'; family: TokenizerFamily | 'o200k' }
  /** `family`: the tokenizer that failed to load; null (and the count's id) when a count failed. */
  | { type: 'error'; family: TokenizerFamily | 'o200k' | null; message: string; id?: number }
  /** Characters counted so far, over both tokenizers (sent at most every 100 ms). */
  | { type: 'counting'; id: number; done: number; total: number }
  | {
      type: 'counted';
      id: number;
      a: PromptCount;
      b: PromptCount | null;
      coverage: CountCoverage;
    };
