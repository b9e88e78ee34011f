import { describe, expect, it } from 'vitest';
import { countPrompt, planCount, promptTexts, type Encoder } from '../../src/tokens/count.ts';
import { createCountRunner, SLICE_MS } from '../../src/tokens/stoppable-count.ts';

/** One token per word, and each piece "takes" SLICE_MS on the runner's clock. */
function setUp() {
  let clock = 0;
  const words: Encoder = {
    count: (text) => {
      clock += SLICE_MS;
      return text.split(/\s+/).filter(Boolean).length;
    },
  };
  /** Pauses wait for the test: it decides what arrives while the count is paused. */
  const pauses: Array<() => void> = [];
  const runner = createCountRunner(
    () => clock,
    () => new Promise<void>((resolve) => pauses.push(resolve)),
  );
  // 3,000 words, in pieces of at most 500 characters: a dozen pieces, so several pauses.
  const texts = promptTexts('word '.repeat(3_000), 'a b\n\nc d e', { kind: 'blank-line' });
  return { runner, words, pauses, texts, plan: planCount(texts) };
}

/** Lets the count run until it pauses again (or ends). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Resumes every pause until the count ends. */
async function finish<T>(running: Promise<T>, pauses: Array<() => void>): Promise<T> {
  let ended = false;
  void running.then(() => (ended = true));
  for (let i = 0; i < 1_000 && !ended; i++) {
    await settle();
    pauses.shift()?.();
  }
  return running;
}

describe('a count that can be stopped', () => {
  it('pauses between pieces and, left alone, gives the same counts as counting at once', async () => {
    const { runner, words, pauses, texts, plan } = setUp();
    const done: number[] = [];
    const running = runner.count(words, plan, runner.begin(), (d) => done.push(d));
    expect(await finish(running, pauses)).toEqual(countPrompt(words, texts));
    expect(done.length).toBeGreaterThan(2);
    expect(done).toEqual([...done].sort((a, b) => a - b)); // progress only moves forward
  });

  it('ends at its next pause when stopped, without a result', async () => {
    const { runner, words, pauses, plan } = setUp();
    const done: number[] = [];
    const running = runner.count(words, plan, runner.begin(), (d) => done.push(d));
    await settle();
    expect(pauses).toHaveLength(1);
    runner.stop();
    pauses.shift()?.();
    expect(await running).toBeNull();
    expect(done).toHaveLength(1); // nothing counted after the stop
  });

  it('ends when a newer count begins, and the newer one runs to its end', async () => {
    const { runner, words, pauses, texts, plan } = setUp();
    const old = runner.count(words, plan, runner.begin(), () => {});
    await settle();
    const ticket = runner.begin();
    pauses.shift()?.();
    expect(await old).toBeNull();
    expect(runner.isCurrent(ticket)).toBe(true);
    const newer = runner.count(words, plan, ticket, () => {});
    expect(await finish(newer, pauses)).toEqual(countPrompt(words, texts));
  });
});
