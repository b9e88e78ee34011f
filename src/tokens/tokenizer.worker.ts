/**
 * The tokenizer worker: downloads and builds the tokenizers and counts pasted text off the main
 * thread. Building Gemma's 256k-token tokenizer takes seconds; here it never freezes the page.
 */
import { planCount, splitPrompt, type Encoder } from './count.ts';
import { huggingFaceEncoder, o200kEncoder } from './encoders.ts';
import { fetchJsonWithProgress } from './fetch-progress.ts';
import type { TokenizerFamily } from './families.ts';
import type { FamilyAssets, FromWorker, ToWorker } from './protocol.ts';
import { createCountRunner } from './stoppable-count.ts';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;

let o200k: Encoder | null = null;
/** Only the current base model's tokenizer is kept: each one holds tens of MB. */
let held: { family: TokenizerFamily; encoder: Promise<Encoder> } | null = null;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

function ensureO200k(): Encoder {
  if (o200k === null) {
    scope.postMessage({ type: 'building', family: 'o200k' });
    o200k = o200kEncoder();
    o200k.count('warm up'); // builds o200k's lookup tables now rather than on the first count
    scope.postMessage({ type: 'ready', family: 'o200k' });
  }
  return o200k;
}

async function buildFamily(assets: FamilyAssets): Promise<Encoder> {
  const { family } = assets;
  const [json, config] = await Promise.all([
    fetchJsonWithProgress(assets.jsonUrl, assets.jsonBytes, (progress) =>
      scope.postMessage({ type: 'progress', family, progress }),
    ),
    fetchJsonWithProgress(assets.configUrl, 0, () => {}),
  ]);
  scope.postMessage({ type: 'building', family });
  const encoder = huggingFaceEncoder(json, config);
  scope.postMessage({ type: 'ready', family });
  return encoder;
}

async function load(assets: FamilyAssets | null) {
  try {
    ensureO200k();
  } catch (error) {
    scope.postMessage({ type: 'error', family: 'o200k', message: describe(error) });
    return;
  }
  if (assets === null || held?.family === assets.family) return;
  const entry = { family: assets.family, encoder: buildFamily(assets) };
  held = entry;
  try {
    await entry.encoder;
  } catch (error) {
    if (held === entry) held = null; // opening the panel again retries the download
    scope.postMessage({ type: 'error', family: assets.family, message: describe(error) });
  }
}

/** Progress at most every 100 ms: enough for a moving bar, few messages. */
const PROGRESS_MS = 100;
const runner = createCountRunner();

async function count({ id, prompt, family }: Extract<ToWorker, { type: 'count' }>) {
  const ticket = runner.begin();
  try {
    const a = ensureO200k();
    const b = family !== null && held?.family === family ? await held.encoder : null;
    if (!runner.isCurrent(ticket)) return;
    const plan = planCount(splitPrompt(prompt));
    const total = plan.countedChars * (b === null ? 1 : 2);
    let last = Date.now();
    const progress = (offset: number) => (done: number) => {
      const now = Date.now();
      if (now - last < PROGRESS_MS) return;
      last = now;
      scope.postMessage({ type: 'counting', id, done: offset + done, total });
    };
    const countA = await runner.count(a, plan, ticket, progress(0));
    if (countA === null) return;
    const countB =
      b === null ? null : await runner.count(b, plan, ticket, progress(plan.countedChars));
    if (!runner.isCurrent(ticket)) return;
    const { totalChars, countedChars, cuts } = plan;
    scope.postMessage({
      type: 'counted',
      id,
      a: countA,
      b: countB,
      coverage: { totalChars, countedChars, cuts },
    });
  } catch (error) {
    scope.postMessage({ type: 'error', family: null, message: describe(error), id });
  }
}

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'stop') runner.stop();
  else void (message.type === 'load' ? load(message.assets) : count(message));
});
