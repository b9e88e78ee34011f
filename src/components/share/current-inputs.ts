import { useStore, type Inputs } from '../../state/store.ts';

/** The store's inputs alone (no actions), read at the moment of a click. */
export function currentInputs(): Inputs {
  const { scenario, selection, overrides, name, risk } = useStore.getState();
  return { scenario, selection, overrides, name, risk };
}

/** "Scenario 3": the first such name not yet taken, for saving an unnamed scenario. */
export function nextScenarioName(taken: readonly { name: string }[]): string {
  const names = new Set(taken.map((entry) => entry.name));
  let n = 1;
  while (names.has(`Scenario ${n}`)) n++;
  return `Scenario ${n}`;
}
