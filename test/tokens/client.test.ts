import { describe, expect, it } from 'vitest';
import { createTokenizerClient, type WorkerStatus } from '../../src/tokens/client.ts';
import type { PastedPrompt } from '../../src/tokens/count.ts';
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
const texts = (system: string): PastedPrompt => ({
  system,
  examples: '',
  split: { kind: 'blank-line' },
});

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
  it('a new text replaces the count in progress, in the same worker, at once', async () => {
    const { client, workers, latest } = setUp();
    client.load(ASSETS);
    const huge = client.count(texts('😀'.repeat(40_000)), 'llama3');
    const [oldId] = latest().countIds();
    const small = client.count(texts('Hello again'), 'llama3');
    expect(await huge).toBeNull(); // the old count is dropped, not left hanging
    // The worker keeps its tokenizers: no new worker, no second load.
    expect(workers).toHaveLength(1);
    expect(latest().terminated).toBe(false);
    expect(latest().sent.map((m) => m.type)).toEqual(['load', 'count', 'count']);
    // The old count's late answer changes nothing; the new one's is the result.
    latest().reply({
      type: 'counted',
      id: oldId!,
      a: { ...COUNT, systemTokens: 9 },
      b: null,
      coverage: COVERAGE,
    });
    const [, id] = latest().countIds();
    latest().reply({ type: 'counted', id: id!, a: COUNT, b: null, coverage: COVERAGE });
    expect(await small).toEqual({ a: COUNT, b: null, coverage: COVERAGE });
  });

  it('asks once for the same text, and counts again with B once B is ready', async () => {
    const { client, workers, latest } = setUp();
    const same = texts('same');
    const first = client.count(same, null);
    expect(client.count(same, null)).toBe(first);
    void client.count(same, 'llama3'); // B became ready: the count with B replaces A's alone
    expect(await first).toBeNull();
    expect(workers).toHaveLength(1);
    expect(latest().countIds()).toHaveLength(2);
  });

  it('stops cleanly: the count resolves empty at once and the tokenizers stay loaded', async () => {
    const { client, workers, latest } = setUp();
    client.load(null);
    const progress: number[] = [];
    const running = client.count(texts('long'), null, (p) => progress.push(p.done));
    const [id] = latest().countIds();
    latest().reply({ type: 'counting', id: id!, done: 10, total: 100 });
    client.cancel();
    expect(await running).toBeNull();
    expect(progress).toEqual([10]);
    expect(workers).toHaveLength(1);
    expect(latest().sent.at(-1)).toEqual({ type: 'stop' });
    // Late messages about the stopped count are ignored.
    latest().reply({ type: 'counting', id: id!, done: 90, total: 100 });
    expect(progress).toEqual([10]);
    // Nothing running: stopping sends nothing more.
    const sent = latest().sent.length;
    client.cancel();
    expect(latest().sent).toHaveLength(sent);
    // The next text is counted by the same worker.
    void client.count(texts('next'), null);
    expect(latest().countIds()).toHaveLength(2);
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
