/**
 * The page's side of the tokenizer worker: starts it, forwards its status, and turns count
 * requests into promises. Created when the counter panel first opens, never before.
 *
 * A count runs to its end inside the worker (tokenizers are synchronous), so a long count
 * cannot be interrupted by a message. When the text changes mid-count, or the user stops it,
 * the worker is terminated and a fresh one started (it loads its tokenizers again, from the
 * browser's cache); a newer text never waits behind an older one.
 */
import type { PromptCount, PromptTexts } from './count.ts';
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
    texts: PromptTexts,
    family: TokenizerFamily | null,
    onProgress?: (progress: CountProgress) => void,
  ): Promise<Counts | null>;
  /** Stops any running count: a fresh worker takes over. */
  cancel(): void;
  /** A fresh worker that loads everything again (after a failed download or start). */
  restart(): void;
  dispose(): void;
}

interface Pending {
  texts: PromptTexts;
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

  const restart = () => {
    worker.terminate();
    for (const id of [...pending.keys()]) settle(id, null);
    start();
  };

  start();
  return {
    load: (assets) => {
      loaded = assets;
      send({ type: 'load', assets });
    },
    count: (texts, family, onProgress) => {
      const queued = [...pending.values()];
      const same = queued.find((p) => p.texts === texts && p.family === family);
      if (same) {
        same.onProgress = onProgress;
        return same.promise;
      }
      // The text changed while an older text is being counted: drop that count at once.
      if (queued.some((p) => p.texts !== texts)) restart();
      const id = nextId++;
      let resolve: (counts: Counts | null) => void = () => {};
      const promise = new Promise<Counts | null>((r) => (resolve = r));
      pending.set(id, { texts, family, promise, resolve, onProgress });
      send({ type: 'count', id, texts, family });
      return promise;
    },
    cancel: () => {
      if (pending.size > 0) restart();
    },
    restart,
    dispose: () => {
      for (const id of [...pending.keys()]) settle(id, null);
      worker.terminate();
    },
  };
}
