import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TokenCounter } from '../../../src/components/tokens/TokenCounter.tsx';
import type { TokenizerClient, WorkerStatus } from '../../../src/tokens/client.ts';
import { countPrompt, type Encoder } from '../../../src/tokens/count.ts';
import type { FamilyAssets } from '../../../src/tokens/protocol.ts';
import { useStore } from '../../../src/state/store.ts';

/** A: one token per word. B: 1.25 tokens per word (5 per 4 words), so the ratio is 1.25. */
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const encoderA: Encoder = { count: words };
const encoderB: Encoder = { count: (text) => Math.round(words(text) * 1.25) };

/** Stands in for the worker: statuses are pushed by the test, counts use the toy encoders. */
const fake = vi.hoisted(() => ({
  onStatus: (_: WorkerStatus) => {},
  loads: [] as Array<FamilyAssets | null>,
  created: 0,
}));

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
      count: async (texts, family) => ({
        a: countPrompt(encoderA, texts),
        b: family === null ? null : countPrompt(encoderB, texts),
      }),
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
  await screen.findByLabelText('Your system prompt (text)');
  return user;
}

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
  });

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
});
