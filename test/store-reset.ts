/**
 * Every zustand store starts each test from its initial state, as zustand's testing guide does
 * (zustand.docs.pmnd.rs/guides/testing): `create` is wrapped so each store made registers its own
 * reset, and a store added later is reset without anyone remembering to. Runs before each test,
 * after the previous test's components were unmounted, so no React update happens outside a test.
 */
import { beforeEach, vi } from 'vitest';
import type * as Zustand from 'zustand';

const resets = vi.hoisted(() => new Set<() => void>());

vi.mock('zustand', async (importOriginal) => {
  const zustand = await importOriginal<typeof Zustand>();
  const createResettable = <T>(creator: Zustand.StateCreator<T>) => {
    const store = zustand.create(creator);
    const initial = store.getInitialState();
    resets.add(() => store.setState(initial, true));
    return store;
  };
  // create(creator) and the curried create<T>()(creator) both go through createResettable.
  const create = (<T>(creator?: Zustand.StateCreator<T>) =>
    creator ? createResettable(creator) : createResettable) as typeof Zustand.create;
  return { ...zustand, create };
});

beforeEach(() => {
  for (const reset of resets) reset();
});
