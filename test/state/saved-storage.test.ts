import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { entryText, keyOf } from '../../src/state/saved-records.ts';
import type { SavedScenario } from '../../src/state/sharing.ts';

const SMALL: SavedScenario = {
  id: 'small',
  name: 'Small',
  query: 'rpd=2000',
  savedAt: '2026-12-01T10:00:00.000Z',
};
const BIG: SavedScenario = { ...SMALL, id: 'big', name: 'Big', query: 'rpd=900000' };

/**
 * A fresh copy of the module (it starts once per page) and of the store it publishes into, with a
 * window whose idle callback and storage listener the test holds.
 */
async function freshPage({ idle }: { idle: boolean }) {
  vi.resetModules();
  const { startSavedScenariosWhenIdle } = await import('../../src/state/saved-storage.ts');
  const { useSharing } = await import('../../src/state/sharing.ts');
  const idleCallbacks: (() => void)[] = [];
  const storageListeners: ((event: Pick<StorageEvent, 'key' | 'newValue'>) => void)[] = [];
  const win = {
    addEventListener: (type: string, listener: never) => {
      if (type === 'storage') storageListeners.push(listener);
    },
    ...(idle && {
      requestIdleCallback: (callback: () => void, options?: { timeout?: number }) => {
        expect(options?.timeout).toBe(2000); // started within 2 s even on a page never idle
        idleCallbacks.push(callback);
        return idleCallbacks.length;
      },
    }),
  } as unknown as Window;
  const names = () => useSharing.getState().saved.map((s) => s.name);
  return { start: () => startSavedScenariosWhenIdle(win), idleCallbacks, storageListeners, names };
}

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(keyOf(SMALL.id), entryText(SMALL));
});
afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

describe('the saved list starts when the page is idle', () => {
  it('reads the stored scenarios in an idle moment, not before', async () => {
    const page = await freshPage({ idle: true });
    page.start();
    expect(page.names()).toEqual([]);
    expect(page.idleCallbacks).toHaveLength(1);
    page.idleCallbacks[0]!();
    expect(page.names()).toEqual(['Small']);
  });

  it('follows a save made in another tab once started', async () => {
    const page = await freshPage({ idle: true });
    page.start();
    page.idleCallbacks[0]!();
    localStorage.setItem(keyOf(BIG.id), entryText(BIG));
    for (const listener of page.storageListeners)
      listener({ key: keyOf(BIG.id), newValue: entryText(BIG) });
    expect(page.names()).toEqual(['Small', 'Big']);
  });

  it('starts 200 ms later in a browser without idle callbacks', async () => {
    vi.useFakeTimers();
    const page = await freshPage({ idle: false });
    page.start();
    vi.advanceTimersByTime(199);
    expect(page.names()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(page.names()).toEqual(['Small']);
  });

  it('starts once: the list and the comparison both asking add no second reader', async () => {
    const page = await freshPage({ idle: true });
    page.start();
    page.start();
    for (const callback of page.idleCallbacks) callback();
    expect(page.storageListeners).toHaveLength(1);
    expect(page.names()).toEqual(['Small']);
    page.start();
    expect(page.idleCallbacks).toHaveLength(2);
  });
});
