import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { useArriving } from '../../src/state/use-arriving.ts';

/** A value that arrives once, like a loaded chunk: `arrive` sets it and tells the listeners. */
function source() {
  let value: string | null = null;
  const listeners = new Set<() => void>();
  return {
    read: () => value,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    arrive(next: string) {
      value = next;
      for (const listener of listeners) listener();
    },
    listeners,
  };
}

function Shows({ from, onRender }: { from: ReturnType<typeof source>; onRender?: () => void }) {
  const value = useArriving(from.subscribe, from.read);
  useEffect(() => onRender?.());
  return <p>{value ?? 'loading'}</p>;
}

describe('useArriving: a value that arrives once, re-rendered as a transition', () => {
  it('shows the value once it arrives, and stops listening on unmount', async () => {
    const from = source();
    const { unmount } = render(<Shows from={from} />);
    expect(screen.getByText('loading')).toBeInTheDocument();
    await act(async () => from.arrive('the catalog'));
    expect(screen.getByText('the catalog')).toBeInTheDocument();
    unmount();
    expect(from.listeners.size).toBe(0);
  });

  it('a part mounted after the value arrived reads it in its first render', () => {
    const from = source();
    from.arrive('already here');
    render(<Shows from={from} />);
    expect(screen.getByText('already here')).toBeInTheDocument();
  });

  it('a value that arrives between the render and the subscription is not missed', async () => {
    const from = source();
    // Arrives in the first effect to run: after the first render, before useArriving subscribes
    // (a child's effects run before its parent's, and this one is declared first).
    function ArrivesEarly() {
      useEffect(() => from.arrive('in between'), []);
      return null;
    }
    await act(async () => {
      render(
        <>
          <ArrivesEarly />
          <Shows from={from} />
        </>,
      );
    });
    expect(screen.getByText('in between')).toBeInTheDocument();
  });
});
