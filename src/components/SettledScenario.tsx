import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Scenario } from '../model/scenario.ts';
import { useStore } from '../state/store.ts';
import { useArriving } from '../state/use-arriving.ts';
import { trailingStore, type TrailingStore } from './trailing-store.ts';
import { TRAILING_QUIET_MS } from './trailing-timer.ts';

const Settled = createContext<TrailingStore<Scenario> | null>(null);

const readScenario = () => useStore.getState().scenario;

/**
 * The scenario as of the user's last pause, for every part that trails the sliders: the charts,
 * the risk section, the changed-inputs list, the wrong-answers card, the other-models table and
 * the print-only list.
 *
 * One timer here rather than one in each of those parts: each part then had to read the live
 * scenario to know when the inputs paused, so every move re-rendered all of them (and reset
 * their timers) only to show the same thing. Now a move re-renders none of them, nor this
 * component (its store listens to the app's store itself); once the inputs pause, only the parts
 * that read the settled scenario re-render, together, in one transition: React renders it in
 * slices of a few milliseconds and puts a key press that comes meanwhile first (in one task, as
 * useSyncExternalStore renders, it was 6 – 12 ms at normal CPU). The context carries that store,
 * which never changes, not the scenario (trailing-store.ts says why).
 *
 * Not a deferred value here: a deferred render is held back as a whole while any part in it waits
 * for its code, so the verdict's reasons and the odds would wait on the charts' chunk. The charts
 * and the other-models table defer their own render (ChartsArea, OtherModels).
 */
export function SettledScenario({ children }: { children: ReactNode }) {
  const [settled] = useState(() =>
    trailingStore(useStore.subscribe, readScenario, TRAILING_QUIET_MS),
  );
  useEffect(() => settled.follow(), [settled]);
  return <Settled value={settled}>{children}</Settled>;
}

/** The scenario as of the user's last pause (SettledScenario, which must be above the caller). */
export function useSettledScenario(): Scenario {
  const settled = useContext(Settled);
  if (settled === null) throw new Error('useSettledScenario is used outside <SettledScenario>');
  return useArriving(settled.subscribe, settled.get);
}
