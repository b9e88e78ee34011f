import { createContext, useContext, type ReactNode } from 'react';
import type { Scenario } from '../model/scenario.ts';
import { useStore } from '../state/store.ts';
import { TRAILING_QUIET_MS } from './trailing-timer.ts';
import { useTrailingStore } from './use-trailing-store.ts';

const Settled = createContext<Scenario | null>(null);

/**
 * The scenario as of the user's last pause, for every part that trails the sliders: the charts,
 * the risk section, the changed-inputs list, the wrong-answers card, the other-models table and
 * the print-only list.
 *
 * One timer here rather than one in each of those parts: each part then had to read the live
 * scenario to know when the inputs paused, so every move re-rendered all of them (and reset
 * their timers) only to show the same thing. Now a move re-renders none of them, nor this
 * component (it listens to the store itself); the parts re-render once the inputs pause, together.
 *
 * Not a deferred value here: a deferred render is held back as a whole while any part in it waits
 * for its code, so the verdict's reasons and the odds would wait on the charts' chunk. The charts
 * and the other-models table defer their own render (ChartsArea, OtherModels).
 */
export function SettledScenario({ children }: { children: ReactNode }) {
  const settled = useTrailingStore(useStore.subscribe, readScenario, TRAILING_QUIET_MS);
  return <Settled value={settled}>{children}</Settled>;
}

const readScenario = () => useStore.getState().scenario;

/** The scenario as of the user's last pause (SettledScenario, which must be above the caller). */
export function useSettledScenario(): Scenario {
  const settled = useContext(Settled);
  if (settled === null) throw new Error('useSettledScenario is used outside <SettledScenario>');
  return settled;
}
