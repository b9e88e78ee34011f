import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TokenCounter } from '../../../src/components/tokens/TokenCounter.tsx';
import type {
  CountProgress,
  Counts,
  TokenizerClient,
  WorkerStatus,
} from '../../../src/tokens/client.ts';
import { countPrompt, splitPrompt, type Encoder } from '../../../src/tokens/count.ts';
import type { CountCoverage, FamilyAssets } from '../../../src/tokens/protocol.ts';
import { useStore } from '../../../src/state/store.ts';

/** A: one token per word (× scale). B: 1.25 tokens per word, so the ratio is 1.25. */
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const encoderA: Encoder = { count: (text) => words(text) * fake.scale };
const encoderB: Encoder = { count: (text) => Math.round(words(text) * 1.25) };

interface Waiting {
  texts: string;
  finish: () => void;
  progress: ((p: CountProgress) => void) | undefined;
  drop: () => void;
}

/**
 * Stands in for the worker: statuses are pushed by the test, counts use the toy encoders and
 * answer at once, or (manual) when the test finishes them, as a long count would.
 */
const fake = vi.hoisted(() => ({
  onStatus: (_: WorkerStatus) => {},
  loads: [] as Array<FamilyAssets | null>,
  created: 0,
  scale: 1,
  manual: false,
  waiting: [] as Waiting[],
  coverage: { totalChars: 0, countedChars: 0, cuts: 0 } as CountCoverage,
  cancels: 0,
  restarts: 0,
}));

beforeEach(() => {
  Object.assign(fake, {
    loads: [],
    created: 0,
    scale: 1,
    manual: false,
    waiting: [],
    coverage: { totalChars: 0, countedChars: 0, cuts: 0 },
    cancels: 0,
    restarts: 0,
  });
});

vi.mock('../../../src/tokens/assets.ts', () => ({
  familyAssets: (family: string) => ({
    family,
    jsonUrl: 'j',
    configUrl: 'c',
    jsonBytes: 9_000_000,
  }),
}));
vi.mock('../../../src/tokens/client.ts', () => ({
  createTokenizerClient: (onStatus: (s: WorkerStatus) => void): TokenizerClient => {
    fake.onStatus = onStatus;
    fake.created += 1;
    return {
      load: (assets) => fake.loads.push(assets),
      count: (texts, family, onProgress) => {
        const counts = (): Counts => ({
          a: countPrompt(encoderA, splitPrompt(texts)),
          b: family === null ? null : countPrompt(encoderB, splitPrompt(texts)),
          coverage: fake.coverage,
        });
        if (!fake.manual) return Promise.resolve(counts());
        return new Promise((resolve) =>
          fake.waiting.push({
            texts: texts.system,
            finish: () => resolve(counts()),
            progress: onProgress,
            drop: () => resolve(null),
          }),
        );
      },
      cancel: () => {
        fake.cancels += 1;
        for (const waiting of fake.waiting.splice(0)) waiting.drop();
      },
      restart: () => {
        fake.restarts += 1;
      },
      dispose: () => {},
    };
  },
}));

function status(s: WorkerStatus) {
  act(() => fake.onStatus(s));
}

async function openPanel() {
  const user = userEvent.setup();
  render(<TokenCounter />);
  expect(fake.created).toBe(0); // nothing loads while the panel is closed
  await user.click(screen.getByText('Count my prompt'));
  // The panel is a lazy chunk: on a busy machine its first import takes a few seconds.
  await screen.findByLabelText('Your system prompt (text)', {}, { timeout: 10_000 });
  return user;
}

const panelOf = () => screen.getByText('Count my prompt').closest('details')!;
const paste = (label: string, text: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value: text } });

describe('Count my prompt', () => {
  it('shows loading progress, counts A and B, and applies counts and ratio', async () => {
    fake.loads = [];
    fake.created = 0;
    const user = await openPanel();
    expect(fake.loads.at(-1)?.family).toBe('llama3');
    const panel = screen.getByText('Count my prompt').closest('details')!;
    expect(within(panel).getAllByRole('status')[0]).toHaveTextContent('Loading the tokenizers…');

    status({ type: 'ready', family: 'o200k' });
    status({
      type: 'progress',
      family: 'llama3',
      progress: { loaded: 4_500_000, total: 9_000_000 },
    });
    expect(
      within(panel).getByText('Loading the Llama 3 tokenizer: 4.5 of 9.0 MB…'),
    ).toBeInTheDocument();
    expect(within(panel).getByLabelText('Tokenizer download')).toHaveAttribute('value', '4500000');
    status({ type: 'building', family: 'llama3' });
    expect(within(panel).getByText('Preparing the Llama 3 tokenizer…')).toBeInTheDocument();
    status({ type: 'ready', family: 'llama3' });
    expect(
      within(panel).getByText(/Tokenizers ready: o200k for A, the Llama 3 tokenizer/),
    ).toBeInTheDocument();

    await user.type(
      screen.getByLabelText('Your system prompt (text)'),
      'one two three four five six seven eight',
    );
    await user.type(
      screen.getByLabelText('Your few-shot examples (text)'),
      'a b c d{Enter}{Enter}e f g h',
    );
    const table = await screen.findByRole('table');
    await vi.waitFor(() =>
      expect(within(table).getByRole('row', { name: /Few-shot/ })).toHaveTextContent('2 × 4 = 8'),
    );
    expect(within(table).getByRole('row', { name: /System prompt/ })).toHaveTextContent('810');
    expect(screen.getByText(/Measured tokenizer ratio/)).toHaveTextContent('1.25×');

    await user.click(screen.getByRole('button', { name: 'Apply to scenario' }));
    const { scenario } = useStore.getState();
    expect(scenario.systemPromptTokens).toBe(8);
    expect(scenario.fewShotExamples).toBe(2);
    expect(scenario.fewShotTokensPerExample).toBe(4);
    expect(scenario.tokenizerRatio).toBe(1.25);
    expect(screen.getByText(/Applied to the scenario/)).toHaveTextContent('Tokenizer ratio: 1.25×');
  }, 20_000); // types character by character: slow on a busy machine

  it('uses the catalog ratio for Mistral 7B, says so, and leaves the ratio alone', async () => {
    useStore.getState().select({ baseModelId: 'mistral-7b' });
    const before = useStore.getState().scenario.tokenizerRatio;
    fake.loads = [];
    fake.created = 0;
    const user = await openPanel();
    expect(fake.loads).toEqual([null]);
    status({ type: 'ready', family: 'o200k' });
    await user.type(screen.getByLabelText('Your system prompt (text)'), 'be kind');
    expect(await screen.findByText(/no maintained tokenizer package/)).toHaveTextContent('1.13×');
    const apply = screen.getByRole('button', { name: 'Apply to scenario' });
    await vi.waitFor(() => expect(apply).toBeEnabled());
    await user.click(apply);
    expect(useStore.getState().scenario.systemPromptTokens).toBe(2);
    expect(useStore.getState().scenario.tokenizerRatio).toBe(before);
  });

  it('takes the number of examples from the user when they are pasted together', async () => {
    fake.created = 0;
    const user = await openPanel();
    status({ type: 'ready', family: 'o200k' });
    status({ type: 'ready', family: 'llama3' });
    await user.selectOptions(
      screen.getByLabelText('How your few-shot examples are pasted'),
      'together',
    );
    const count = screen.getByLabelText('Number of examples in the text');
    await user.clear(count);
    await user.type(count, '3');
    await user.type(screen.getByLabelText('Your few-shot examples (text)'), 'a b c d e f g h i j');
    const table = await screen.findByRole('table');
    await vi.waitFor(() =>
      expect(within(table).getByRole('row', { name: /Few-shot/ })).toHaveTextContent('3 × 3 = 10'),
    );
  });

  it('keeps the pasted text out of the store and the address', async () => {
    fake.created = 0;
    const user = await openPanel();
    await user.type(screen.getByLabelText('Your system prompt (text)'), 'secret instructions');
    expect(JSON.stringify(useStore.getState())).not.toContain('secret');
    expect(window.location.href).not.toContain('secret');
    expect(JSON.stringify({ ...window.localStorage })).not.toContain('secret');
  });

  it('shows “Counting…” instead of the previous text’s numbers, and a newer text wins', async () => {
    await openPanel();
    status({ type: 'ready', family: 'o200k' });
    status({ type: 'ready', family: 'llama3' });
    paste('Your system prompt (text)', 'one two three');
    expect(await screen.findByRole('table', {}, { timeout: 5_000 })).toHaveTextContent('3');

    fake.manual = true;
    paste('Your system prompt (text)', 'a huge paste');
    const panel = panelOf();
    expect(within(panel).queryByRole('table')).toBeNull();
    expect(within(panel).getByText('Counting…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Apply to scenario' })).toBeDisabled();

    // Progress arrives: shown, with a way to stop.
    await vi.waitFor(() => expect(fake.waiting).toHaveLength(1), { timeout: 5_000 });
    act(() => fake.waiting[0]?.progress?.({ done: 250, total: 1_000 }));
    expect(within(panel).getByText('Counting… 25% done')).toBeInTheDocument();
    expect(within(panel).getByLabelText('Counting progress')).toHaveAttribute('value', '250');

    // The text changes mid-count: the new text is counted and its numbers shown.
    paste('Your system prompt (text)', 'Hello again');
    await vi.waitFor(() => expect(fake.waiting).toHaveLength(2), { timeout: 5_000 });
    act(() => fake.waiting[1]?.finish());
    const table = await screen.findByRole('table');
    // 2 words: A counts 2, B 3 (× 1.25, rounded).
    expect(within(table).getByRole('row', { name: /System prompt/ })).toHaveTextContent('23');
    // The old count finishing late changes nothing.
    act(() => fake.waiting[0]?.finish());
    expect(within(table).getByRole('row', { name: /System prompt/ })).toHaveTextContent('23');
  });

  it('stops a long count cleanly and counts again when the text changes', async () => {
    await openPanel();
    status({ type: 'ready', family: 'o200k' });
    status({ type: 'ready', family: 'llama3' });
    fake.manual = true;
    paste('Your system prompt (text)', 'a very long prompt');
    await vi.waitFor(() => expect(fake.waiting).toHaveLength(1), { timeout: 5_000 });
    act(() => fake.waiting[0]?.progress?.({ done: 1, total: 100 }));
    await userEvent.click(screen.getByRole('button', { name: 'Stop counting' }));
    expect(fake.cancels).toBe(1);
    const panel = panelOf();
    expect(within(panel).getByText(/Counting stopped/)).toBeInTheDocument();
    expect(within(panel).queryByRole('table')).toBeNull();
    expect(within(panel).queryByLabelText('Counting progress')).toBeNull();
    expect(screen.getByRole('button', { name: 'Apply to scenario' })).toBeDisabled();

    fake.manual = false;
    paste('Your system prompt (text)', 'a shorter prompt');
    const table = await screen.findByRole('table', {}, { timeout: 5_000 });
    expect(within(table).getByRole('row', { name: /System prompt/ })).toHaveTextContent('34');
    expect(within(panel).queryByText(/Counting stopped/)).toBeNull();
  });

  it('retries a failed tokenizer download when the panel is opened again', async () => {
    const user = await openPanel();
    status({ type: 'ready', family: 'o200k' });
    status({ type: 'error', family: 'llama3', message: 'HTTP 503' });
    const panel = panelOf();
    expect(within(panel).getByText(/could not be loaded: HTTP 503/)).toBeInTheDocument();
    await user.click(screen.getByText('Count my prompt')); // close
    expect(fake.restarts).toBe(0);
    await user.click(screen.getByText('Count my prompt')); // open again
    await vi.waitFor(() => expect(fake.restarts).toBe(1));
    expect(within(panel).getByText('Loading the tokenizers…')).toBeInTheDocument();
    // Opening again when nothing failed does not reload anything.
    status({ type: 'ready', family: 'o200k' });
    status({ type: 'ready', family: 'llama3' });
    await user.click(screen.getByText('Count my prompt'));
    await user.click(screen.getByText('Count my prompt'));
    expect(fake.restarts).toBe(1);
  });

  it('says when Apply had to clamp a count to the scenario’s range', async () => {
    fake.scale = 116_280; // 3 words → 348,840 tokens
    const user = await openPanel();
    status({ type: 'ready', family: 'o200k' });
    status({ type: 'ready', family: 'llama3' });
    paste('Your few-shot examples (text)', 'a b c');
    const apply = screen.getByRole('button', { name: 'Apply to scenario' });
    await vi.waitFor(() => expect(apply).toBeEnabled(), { timeout: 5_000 });
    await user.click(apply);
    expect(useStore.getState().scenario.fewShotTokensPerExample).toBe(100_000);
    expect(screen.getByText(/Applied to the scenario/)).toHaveTextContent(
      'Tokens per few-shot example: 100,000 tokens (the most the scenario allows; the count was 348,840 tokens)',
    );
  });

  it('says when a count is an estimate', async () => {
    fake.coverage = { totalChars: 5_000_000, countedChars: 2_000_000, cuts: 3 };
    await openPanel();
    status({ type: 'ready', family: 'o200k' });
    paste('Your system prompt (text)', 'huge');
    const note = await screen.findByText(/^Estimated:/, {}, { timeout: 5_000 });
    expect(note).toHaveTextContent(
      'the text is 5,000,000 characters long, so 2,000,000 characters spread evenly',
    );
    expect(note).toHaveTextContent('3 stretches of over 500 characters without a space');
  });
});
