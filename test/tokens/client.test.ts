import { describe, expect, it } from 'vitest';
import { createTokenizerClient, type WorkerStatus } from '../../src/tokens/client.ts';
import { promptTexts } from '../../src/tokens/count.ts';
import type { FamilyAssets, FromWorker, ToWorker } from '../../src/tokens/protocol.ts';

/** A worker that records what it is sent and answers only when the test says. */
class FakeWorker {
  sent: ToWorker[] = [];
  terminated = false;
  private listeners: Record<string, Array<(event: unknown) => void>> = {};
  postMessage(message: ToWorker) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  addEventListener(type: string, listener: (event: unknown) => void) {
    (this.listeners[type] ??= []).push(listener);
  }
  reply(data: FromWorker) {
    for (const listener of this.listeners.message ?? []) listener({ data });
  }
  crash(message: string) {
    for (const listener of this.listeners.error ?? []) listener({ message });
  }
  countIds() {
    return this.sent.flatMap((m) => (m.type === 'count' ? [m.id] : []));
  }
}

const ASSETS: FamilyAssets = { family: 'llama3', jsonUrl: 'j', configUrl: 'c', jsonBytes: 1 };
const COUNT = { systemTokens: 1, exampleCount: 0, exampleTokens: 0 };
const COVERAGE = { totalChars: 1, countedChars: 1, cuts: 0 };
const texts = (system: string) => promptTexts(system, '', { kind: 'blank-line' });

function setUp() {
  const workers: FakeWorker[] = [];
  const statuses: WorkerStatus[] = [];
  const client = createTokenizerClient(
    (s) => statuses.push(s),
    () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
  );
  return { client, workers, statuses, latest: () => workers.at(-1)! };
}

describe('the tokenizer client', () => {
  it('replaces a worker stuck on an old text, so a new text is counted at once', async () => {
    const { client, workers, latest } = setUp();
    client.load(ASSETS);
    const huge = client.count(texts('😀'.repeat(40_000)), 'llama3');
    const small = client.count(texts('Hello again'), 'llama3');
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
    expect(await huge).toBeNull(); // the old count is dropped, not left hanging
    // The fresh worker loads the same tokenizers, then counts the new text.
    expect(latest().sent.map((m) => m.type)).toEqual(['load', 'count']);
    expect(latest().sent[0]).toEqual({ type: 'load', assets: ASSETS });
    const [id] = latest().countIds();
    latest().reply({ type: 'counted', id: id!, a: COUNT, b: null, coverage: COVERAGE });
    expect(await small).toEqual({ a: COUNT, b: null, coverage: COVERAGE });
  });

  it('asks once for the same text, and queues a count when only the tokenizer changed', () => {
    const { client, workers, latest } = setUp();
    const same = texts('same');
    const first = client.count(same, null);
    expect(client.count(same, null)).toBe(first);
    void client.count(same, 'llama3'); // B became ready: no restart
    expect(workers).toHaveLength(1);
    expect(latest().countIds()).toHaveLength(2);
  });

  it('stops cleanly: the count resolves empty and a fresh worker is ready', async () => {
    const { client, workers, latest } = setUp();
    client.load(null);
    const progress: number[] = [];
    const running = client.count(texts('long'), null, (p) => progress.push(p.done));
    const [id] = latest().countIds();
    latest().reply({ type: 'counting', id: id!, done: 10, total: 100 });
    client.cancel();
    expect(await running).toBeNull();
    expect(progress).toEqual([10]);
    expect(workers).toHaveLength(2);
    expect(latest().sent).toEqual([{ type: 'load', assets: null }]);
    // Late messages from the stopped worker are ignored.
    workers[0]?.reply({ type: 'counting', id: id!, done: 90, total: 100 });
    expect(progress).toEqual([10]);
    // Nothing running: stopping does not restart anything.
    client.cancel();
    expect(workers).toHaveLength(2);
  });

  it('restarts on request after a failed start, and a crash ends every pending count', async () => {
    const { client, workers, statuses, latest } = setUp();
    client.load(ASSETS);
    const pending = client.count(texts('x'), 'llama3');
    latest().crash('Failed to fetch the worker script');
    expect(await pending).toBeNull();
    expect(statuses.at(-1)).toEqual({
      type: 'error',
      family: 'o200k',
      message: 'Failed to fetch the worker script',
    });
    client.restart();
    expect(workers).toHaveLength(2);
    expect(latest().sent).toEqual([{ type: 'load', assets: ASSETS }]);
  });

  it('a failed count resolves empty and reports its error', async () => {
    const { client, statuses, latest } = setUp();
    const pending = client.count(texts('x'), null);
    const [id] = latest().countIds();
    latest().reply({ type: 'error', family: null, message: 'out of memory', id: id! });
    expect(await pending).toBeNull();
    expect(statuses).toEqual([{ type: 'error', family: null, message: 'out of memory', id }]);
  });
});
