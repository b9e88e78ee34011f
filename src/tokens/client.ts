/**
 * The page's side of the tokenizer worker: starts it, forwards its status, and turns count
 * requests into promises. Created when the counter panel first opens, never before.
 */
import type { PromptCount, PromptTexts } from './count.ts';
import type { TokenizerFamily } from './families.ts';
import type { FamilyAssets, FromWorker, ToWorker } from './protocol.ts';
import { tokenizerWorkerUrl } from './worker-url.ts';

export type WorkerStatus = Exclude<FromWorker, { type: 'counted' }>;

export interface Counts {
  a: PromptCount;
  b: PromptCount | null;
}

export interface TokenizerClient {
  load(assets: FamilyAssets | null): void;
  count(texts: PromptTexts, family: TokenizerFamily | null): Promise<Counts>;
  dispose(): void;
}

export function createTokenizerClient(onStatus: (status: WorkerStatus) => void): TokenizerClient {
  const worker = new Worker(tokenizerWorkerUrl(), {
    type: 'module',
    name: 'tokenizers',
  });
  const pending = new Map<number, (counts: Counts) => void>();
  let nextId = 1;
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'counted') {
      pending.get(message.id)?.({ a: message.a, b: message.b });
      pending.delete(message.id);
    } else {
      onStatus(message);
    }
  });
  worker.addEventListener('error', (event) =>
    onStatus({
      type: 'error',
      family: 'o200k', // nothing counts without the worker, so show it as A's failure
      message: event.message || 'The tokenizer could not start.',
    }),
  );
  const send = (message: ToWorker) => worker.postMessage(message);
  return {
    load: (assets) => send({ type: 'load', assets }),
    count: (texts, family) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        send({ type: 'count', id, texts, family });
      }),
    dispose: () => {
      pending.clear();
      worker.terminate();
    },
  };
}
