import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import DedicatedGpu from '../../../src/components/gpu/DedicatedGpu.tsx';
import { useStore } from '../../../src/state/store.ts';

const picker = <p>GPU picker</p>;

describe('the GPU beside the serving choice', () => {
  beforeEach(() => {
    act(() => useStore.getState().reset());
  });

  it('shows nothing while serving is serverless and training is managed', () => {
    useStore.getState().setServingMode('serverless');
    render(<DedicatedGpu picker={picker} />);
    expect(screen.queryByText('GPU picker')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('on dedicated GPUs names a cheaper GPU for the load, and switching to it updates the choice', async () => {
    const user = userEvent.setup();
    act(() => {
      useStore.getState().setServingMode('dedicated');
      useStore.getState().select({ gpuId: 'h100' });
    });
    render(<DedicatedGpu picker={picker} />);
    expect(screen.getByText('GPU picker')).toBeInTheDocument();
    const advice = screen.getByRole('status');
    // The defaults' load fits a smaller GPU than the H100 (docs/catalog.md): the advice says which.
    expect(advice).toHaveTextContent(
      /^Cheaper for this load: \d+ GPUs? of the .+ at \$[\d.]+ a request, against \$[\d.]+ a request on the NVIDIA H100/,
    );
    const use = screen.getByRole('button', { name: /^Use the / });
    const named = use.textContent!.replace(/^Use the /, '');
    await user.click(use);
    expect(useStore.getState().selection.gpuId).not.toBe('h100');
    expect(screen.getByRole('status')).toHaveTextContent(
      `The ${named} is the cheapest GPU in the catalog for this load`,
    );
  });

  it('follows the load: a slider move on dedicated serving updates the advice', () => {
    act(() => useStore.getState().setServingMode('dedicated'));
    render(<DedicatedGpu picker={picker} />);
    const before = screen.getByRole('status').textContent;
    act(() => useStore.getState().setNumber('requestsPerDay', 2_000_000));
    expect(screen.getByRole('status').textContent).not.toBe(before);
  });
});
