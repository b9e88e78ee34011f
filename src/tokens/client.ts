/**
 * The page's side of the tokenizer worker: starts it, forwards its status, and turns count
 * requests into promises. Created when the counter panel first opens, never before.
 *
 * A newer count replaces the running one, and Stop ends it: the worker pauses between pieces to
 * hear either, and keeps its tokenizers, so the next count starts at once. Only a failed start or
 * download replaces the worker (`restart`).
 */
import type { PastedPrompt, PromptCount } from './count.ts';
import type { TokenizerFamily } from './families.ts';
import type { CountCoverage, FamilyAssets, FromWorker, ToWorker } from './protocol.ts';
import { workerScriptUrl } from '../workers/script-url.ts';
import tokenizerWorker from './tokenizer.worker.ts?worker&url';

export type WorkerStatus = Exclude<FromWorker, { type: 'counted' | 'counting' }>;

export interface Counts {
  a: PromptCount;
  b: PromptCount | null;
  coverage: CountCoverage;
}

export interface CountProgress {
  done: number;
  total: number;
}

export interface TokenizerClient {
  load(assets: FamilyAssets | null): void;
  /** Resolves with the counts, or null when the count was stopped or failed. */
  count(
    prompt: PastedPrompt,
    family: TokenizerFamily | null,
    onProgress?: (progress: CountProgress) => void,
  ): Promise<Counts | null>;
  /** Stops any running count (it resolves null at once); the tokenizers stay loaded. */
  cancel(): void;
  /** A fresh worker that loads everything again (after a failed download or start). */
  restart(): void;
  dispose(): void;
}

interface Pending {
  prompt: PastedPrompt;
  family: TokenizerFamily | null;
  promise: Promise<Counts | null>;
  resolve: (counts: Counts | null) => void;
  onProgress: ((progress: CountProgress) => void) | undefined;
}

type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

const startWorker = (): WorkerLike =>
  new Worker(workerScriptUrl(tokenizerWorker), {
    type: 'module',
    name: 'tokenizers',
  });

export function createTokenizerClient(
  onStatus: (status: WorkerStatus) => void,
  makeWorker: () => WorkerLike = startWorker,
): TokenizerClient {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  /** The last load asked for; undefined before the first. A fresh worker is given it again. */
  let loaded: FamilyAssets | null | undefined;
  let worker: WorkerLike;

  const settle = (id: number, counts: Counts | null) => {
    pending.get(id)?.resolve(counts);
    pending.delete(id);
  };
  const send = (message: ToWorker) => worker.postMessage(message);

  const start = () => {
    const current = makeWorker();
    worker = current;
    current.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      if (worker !== current) return; // a terminated worker's last words
      const message = event.data;
      if (message.type === 'counted') {
        settle(message.id, { a: message.a, b: message.b, coverage: message.coverage });
      } else if (message.type === 'counting') {
        pending.get(message.id)?.onProgress?.({ done: message.done, total: message.total });
      } else {
        if (message.type === 'error' && message.id !== undefined) settle(message.id, null);
        onStatus(message);
      }
    });
    current.addEventListener('error', (event) => {
      if (worker !== current) return;
      for (const id of [...pending.keys()]) settle(id, null);
      onStatus({
        type: 'error',
        family: 'o200k', // nothing counts without the worker, so show it as A's failure
        message: event.message || 'The tokenizer could not start.',
      });
    });
    if (loaded !== undefined) send({ type: 'load', assets: loaded });
  };

  /** Every count asked for so far ends empty (the worker drops them itself). */
  const dropPending = () => {
    for (const id of [...pending.keys()]) settle(id, null);
  };

  const restart = () => {
    worker.terminate();
    dropPending();
    start();
  };

  start();
  return {
    load: (assets) => {
      loaded = assets;
      send({ type: 'load', assets });
    },
    count: (prompt, family, onProgress) => {
      const same = [...pending.values()].find((p) => p.prompt === prompt && p.family === family);
      if (same) {
        same.onProgress = onProgress;
        return same.promise;
      }
      // A newer text (or B's tokenizer now ready) replaces the count in progress.
      dropPending();
      const id = nextId++;
      let resolve: (counts: Counts | null) => void = () => {};
      const promise = new Promise<Counts | null>((r) => (resolve = r));
      pending.set(id, { prompt, family, promise, resolve, onProgress });
      send({ type: 'count', id, prompt, family });
      return promise;
    },
    cancel: () => {
      if (pending.size === 0) return;
      dropPending();
      send({ type: 'stop' });
    },
    restart,
    dispose: () => {
      dropPending();
      worker.terminate();
    },
  };
}
